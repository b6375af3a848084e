using System.Diagnostics;
using System.Text.Json;
using Gateway.Transport.Tests.Infrastructure;

namespace Gateway.Tests.Playground;

/// <summary>
/// Runs <c>tests/browser/bananacakepop-ide.mjs</c>: Node.js driving Debian's <c>chromium</c> headless through the npm
/// <c>playwright-core</c> (no browser download). Installs <c>tests/browser/node_modules</c> with <c>npm ci</c> when missing.
/// </summary>
internal static class BrowserScript
{
    public const string Chromium = "/usr/bin/chromium";

    private static readonly SemaphoreSlim InstallGate = new(1, 1);

    /// <summary>Where screenshots go: the repository's git-ignored <c>.artifacts/</c>.</summary>
    public static string ArtifactsDirectory(string testName)
        => Path.Combine(ConformancePackages.RepositoryRoot, ".artifacts", "playground", $"{testName}-{DateTime.UtcNow:yyyyMMdd-HHmmss}");

    /// <summary>Runs the script with <paramref name="options"/> (its one JSON argument) and returns its report.</summary>
    public static async Task<BrowserReport> RunAsync(object options, TimeSpan timeout)
    {
        if (!File.Exists(Chromium))
        {
            throw new InvalidOperationException($"No {Chromium}: install Debian's chromium (`apt-get install chromium`; .ci/run does).");
        }

        var directory = Path.Combine(ConformancePackages.RepositoryRoot, "tests", "browser");
        await EnsureInstalledAsync(directory);
        var (exitCode, stdout, stderr) = await RunProcessAsync("node", ["bananacakepop-ide.mjs", JsonSerializer.Serialize(options)], directory, timeout);
        var reportLine = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).LastOrDefault(line => line.StartsWith('{'))
            ?? throw new InvalidOperationException($"The browser script printed no report (exit code {exitCode}): {stderr}");
        var report = JsonSerializer.Deserialize<BrowserReport>(reportLine, JsonSerializerOptions.Web)!;
        return report with { ExitCode = exitCode, Stderr = stderr };
    }

    private static async Task EnsureInstalledAsync(string directory)
    {
        await InstallGate.WaitAsync();
        try
        {
            if (File.Exists(Path.Combine(directory, "node_modules", "playwright-core", "package.json")))
            {
                return;
            }

            var (exitCode, stdout, stderr) = await RunProcessAsync("npm", ["ci", "--no-audit", "--no-fund"], directory, TimeSpan.FromMinutes(5));
            if (exitCode != 0)
            {
                throw new InvalidOperationException($"`npm ci` in {directory} failed with exit code {exitCode}: {stdout}{stderr}");
            }
        }
        finally
        {
            InstallGate.Release();
        }
    }

    private static async Task<(int ExitCode, string Stdout, string Stderr)> RunProcessAsync(string fileName, string[] arguments, string directory, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = ConformancePackages.StartProcess(start);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var expiry = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(expiry.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{fileName} {arguments[0]} did not finish within {timeout}: {await stderr}");
        }

        return (process.ExitCode, await stdout, await stderr);
    }
}
