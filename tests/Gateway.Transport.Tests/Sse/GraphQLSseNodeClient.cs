using System.ComponentModel;
using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Threading.Channels;
using Gateway.Transport.Tests.Conformance;

namespace Gateway.Transport.Tests.Sse;

/// <summary>
/// Runs <c>tests/conformance/graphql-sse-client.mjs</c>: the real npm <c>graphql-sse</c> client in Node, in distinct or
/// single connection mode, printing what it receives as JSON lines that this class hands over one by one, as they come
/// (so a test can publish once the client is subscribed and time the delivery). Needs <c>node</c> 18+ and <c>npm</c>.
/// </summary>
public sealed class GraphQLSseNodeClient : IAsyncDisposable
{
    private static readonly TimeSpan InstallTimeout = TimeSpan.FromMinutes(5);
    private static readonly SemaphoreSlim InstallGate = new(1, 1);

    private readonly Process _process;
    private readonly Channel<JsonElement> _lines = Channel.CreateUnbounded<JsonElement>();
    private readonly StringBuilder _stderr = new();
    private readonly Task _reading;

    private GraphQLSseNodeClient(Process process)
    {
        _process = process;
        _process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                lock (_stderr)
                {
                    _stderr.AppendLine(e.Data);
                }
            }
        };
        _process.BeginErrorReadLine();
        _reading = ReadLinesAsync();
    }

    /// <summary>What the script wrote to stderr so far (for failure messages).</summary>
    public string Stderr
    {
        get
        {
            lock (_stderr)
            {
                return _stderr.ToString();
            }
        }
    }

    /// <summary>Starts the client on <paramref name="endpoint"/>.</summary>
    /// <param name="endpoint">The GraphQL endpoint, e.g. <c>http://127.0.0.1:5123/graphql</c>.</param>
    /// <param name="singleConnection">Single connection mode (a reservation) rather than a stream per operation.</param>
    /// <param name="requests">One request object, or several run at once.</param>
    /// <param name="take">Unsubscribe after this many results; null: until the server completes.</param>
    public static async Task<GraphQLSseNodeClient> StartAsync(Uri endpoint, bool singleConnection, object requests, int? take = null)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        var directory = Path.Combine(GraphQLHttpAudit.FindRepositoryRoot(), "tests", "conformance");
        await EnsureInstalledAsync(directory);

        var startInfo = new ProcessStartInfo("node")
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        startInfo.ArgumentList.Add(Path.Combine(directory, "graphql-sse-client.mjs"));
        startInfo.ArgumentList.Add(endpoint.AbsoluteUri);
        startInfo.ArgumentList.Add(singleConnection ? "single" : "distinct");
        startInfo.ArgumentList.Add(JsonSerializer.Serialize(requests));
        if (take is not null)
        {
            startInfo.ArgumentList.Add(take.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        var process = new Process { StartInfo = startInfo };
        try
        {
            process.Start();
        }
        catch (Win32Exception ex)
        {
            process.Dispose();
            throw new InvalidOperationException("Could not start 'node'; is Node.js (18+) installed and on the PATH?", ex);
        }

        return new GraphQLSseNodeClient(process);
    }

    /// <summary>The next line the client printed; fails when none comes within <paramref name="timeout"/>.</summary>
    public async Task<JsonElement> ReadAsync(TimeSpan? timeout = null)
    {
        using var cancellation = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(15));
        try
        {
            return await _lines.Reader.ReadAsync(cancellation.Token);
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"graphql-sse client printed nothing within {timeout ?? TimeSpan.FromSeconds(15)}. stderr: {Stderr}");
        }
        catch (ChannelClosedException)
        {
            throw new InvalidOperationException($"graphql-sse client exited without printing more. stderr: {Stderr}");
        }
    }

    /// <summary>Reads lines until the client is done; returns every line and the exit code.</summary>
    public async Task<(IReadOnlyList<JsonElement> Lines, int ExitCode)> ReadToEndAsync(TimeSpan? timeout = null)
    {
        var lines = new List<JsonElement>();
        using var cancellation = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(30));
        try
        {
            await foreach (var line in _lines.Reader.ReadAllAsync(cancellation.Token))
            {
                lines.Add(line);
            }

            await _process.WaitForExitAsync(cancellation.Token);
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"graphql-sse client did not finish; so far: {string.Join(" ", lines)}. stderr: {Stderr}");
        }

        return (lines, _process.ExitCode);
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        await _process.WaitForExitAsync();
        await _reading;
        _process.Dispose();
    }

    private async Task ReadLinesAsync()
    {
        try
        {
            while (await _process.StandardOutput.ReadLineAsync() is { } line)
            {
                if (line.Length > 0)
                {
                    using var document = JsonDocument.Parse(line);
                    _lines.Writer.TryWrite(document.RootElement.Clone());
                }
            }
        }
        finally
        {
            _lines.Writer.TryComplete();
        }
    }

    // As GraphQLHttpAudit installs: once per process and under the same cross-process lock, so that the two never run
    // `npm ci` in the folder at once.
    private static async Task EnsureInstalledAsync(string directory)
    {
        if (IsInstalled(directory))
        {
            return;
        }

        await InstallGate.WaitAsync();
        try
        {
            var key = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(directory)))[..16];
            var lockPath = Path.Combine(Path.GetTempPath(), $"graphql-http-audit-{key}.lock");
            var deadline = DateTime.UtcNow + InstallTimeout;
            FileStream? installLock = null;
            while (installLock is null)
            {
                try
                {
                    installLock = new FileStream(lockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose);
                }
                catch (IOException) when (DateTime.UtcNow < deadline)
                {
                    await Task.Delay(TimeSpan.FromMilliseconds(200));
                }
            }

            await using (installLock)
            {
                if (IsInstalled(directory))
                {
                    return;
                }

                using var npm = Process.Start(new ProcessStartInfo(OperatingSystem.IsWindows() ? "npm.cmd" : "npm", "ci --no-audit --no-fund")
                {
                    WorkingDirectory = directory,
                    UseShellExecute = false,
                }) ?? throw new InvalidOperationException("Could not start npm.");
                using var timeout = new CancellationTokenSource(InstallTimeout);
                await npm.WaitForExitAsync(timeout.Token);
                if (npm.ExitCode != 0 || !IsInstalled(directory))
                {
                    throw new InvalidOperationException($"`npm ci` in {directory} failed with exit code {npm.ExitCode}.");
                }
            }
        }
        finally
        {
            InstallGate.Release();
        }
    }

    private static bool IsInstalled(string directory)
    {
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(directory, "package.json")));
        var pinned = manifest.RootElement.GetProperty("dependencies").GetProperty("graphql-sse").GetString();
        var installed = Path.Combine(directory, "node_modules", "graphql-sse", "package.json");
        if (!File.Exists(installed))
        {
            return false;
        }

        using var package = JsonDocument.Parse(File.ReadAllText(installed));
        return package.RootElement.GetProperty("version").GetString() == pinned;
    }
}
