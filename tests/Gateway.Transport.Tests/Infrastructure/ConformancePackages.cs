using System.ComponentModel;
using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Gateway.Transport.Tests.Infrastructure;

/// <summary>
/// The Node.js side of the tests, <c>tests/conformance</c>: the npm packages pinned in its <c>package.json</c>
/// (<c>graphql-http</c>, <c>graphql-ws</c>, <c>graphql-sse</c>, <c>ws</c>), installed with <c>npm ci</c> when any is
/// missing or at another version, once per process and under a cross-process lock (test projects run in parallel,
/// and two <c>npm ci</c> in one folder would wreck each other's <c>node_modules</c>).
/// </summary>
public static class ConformancePackages
{
    private static readonly TimeSpan InstallTimeout = TimeSpan.FromMinutes(5);
    private static readonly SemaphoreSlim InstallGate = new(1, 1);

    /// <summary>The folder holding <c>Gateway.sln</c>, found by walking up from the test binaries.</summary>
    public static string RepositoryRoot
    {
        get
        {
            for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "Gateway.sln")))
                {
                    return directory.FullName;
                }
            }

            throw new InvalidOperationException($"No Gateway.sln above {AppContext.BaseDirectory}.");
        }
    }

    /// <summary><c>tests/conformance</c>.</summary>
    public static string Directory => Path.Combine(RepositoryRoot, "tests", "conformance");

    /// <summary>Installs the pinned packages unless every one is there at its pinned version.</summary>
    public static async Task EnsureInstalledAsync(CancellationToken cancellationToken = default)
    {
        var directory = Directory;
        if (IsInstalled(directory))
        {
            return;
        }

        await InstallGate.WaitAsync(cancellationToken);
        try
        {
            await using var crossProcessLock = await AcquireFileLockAsync(directory, cancellationToken);
            if (IsInstalled(directory))
            {
                return;
            }

            var startInfo = new ProcessStartInfo(OperatingSystem.IsWindows() ? "npm.cmd" : "npm", "ci --no-audit --no-fund")
            {
                WorkingDirectory = directory,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            using var npm = StartProcess(startInfo);
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(InstallTimeout);
            var stdout = npm.StandardOutput.ReadToEndAsync(timeout.Token);
            var stderr = npm.StandardError.ReadToEndAsync(timeout.Token);
            await npm.WaitForExitAsync(timeout.Token);
            if (npm.ExitCode != 0 || !IsInstalled(directory))
            {
                throw new InvalidOperationException($"`npm ci` in {directory} failed with exit code {npm.ExitCode}: {await stdout}{await stderr}");
            }
        }
        finally
        {
            InstallGate.Release();
        }
    }

    /// <summary>Starts a process, with a clear message when the program (node, npm) is not on the PATH.</summary>
    public static Process StartProcess(ProcessStartInfo startInfo)
    {
        ArgumentNullException.ThrowIfNull(startInfo);
        var process = new Process { StartInfo = startInfo };
        try
        {
            process.Start();
            return process;
        }
        catch (Win32Exception ex)
        {
            process.Dispose();
            throw new InvalidOperationException($"Could not start '{startInfo.FileName}'; is Node.js (18+) with npm installed and on the PATH?", ex);
        }
    }

    // Installed means: every pinned dependency is in node_modules at exactly the pinned version.
    private static bool IsInstalled(string directory)
    {
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(directory, "package.json")));
        foreach (var dependency in manifest.RootElement.GetProperty("dependencies").EnumerateObject())
        {
            var installedManifest = Path.Combine(directory, "node_modules", dependency.Name, "package.json");
            if (!File.Exists(installedManifest))
            {
                return false;
            }

            using var installed = JsonDocument.Parse(File.ReadAllText(installedManifest));
            if (installed.RootElement.GetProperty("version").GetString() != dependency.Value.GetString())
            {
                return false;
            }
        }

        return true;
    }

    private static async Task<FileStream> AcquireFileLockAsync(string directory, CancellationToken cancellationToken)
    {
        var key = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(directory)))[..16];
        var path = Path.Combine(Path.GetTempPath(), $"graphql-http-audit-{key}.lock");
        var deadline = DateTime.UtcNow + InstallTimeout;
        while (true)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose);
            }
            catch (IOException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(200), cancellationToken);
            }
        }
    }
}
