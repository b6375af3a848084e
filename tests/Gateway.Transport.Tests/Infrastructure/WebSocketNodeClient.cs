using System.ComponentModel;
using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Threading.Channels;
using Gateway.Transport.Tests.Conformance;

namespace Gateway.Transport.Tests.Infrastructure;

/// <summary>
/// Runs <c>tests/conformance/graphql-ws-client.mjs</c> (the npm <c>graphql-ws</c> client) with one scenario and reads
/// the JSON lines it prints as they arrive, so a test can act between them. Needs <c>node</c> and <c>npm</c> on the PATH;
/// installs <c>tests/conformance/node_modules</c> with <c>npm ci</c> when <c>graphql-ws</c> or <c>ws</c> is missing.
/// </summary>
public sealed class WebSocketNodeClient : IAsyncDisposable
{
    private static readonly TimeSpan InstallTimeout = TimeSpan.FromMinutes(5);
    private static readonly SemaphoreSlim InstallGate = new(1, 1);

    private readonly Process _process;
    private readonly Channel<JsonElement> _lines = Channel.CreateUnbounded<JsonElement>();
    private readonly List<JsonElement> _received = [];
    private readonly StringBuilder _stderr = new();
    private readonly Task _reader;

    private WebSocketNodeClient(Process process)
    {
        _process = process;
        _process.ErrorDataReceived += (_, e) =>
        {
            lock (_stderr)
            {
                _stderr.AppendLine(e.Data);
            }
        };
        _process.BeginErrorReadLine();
        _reader = ReadLinesAsync();
    }

    /// <summary>Every line read so far.</summary>
    public IReadOnlyList<JsonElement> Received
    {
        get
        {
            lock (_received)
            {
                return [.. _received];
            }
        }
    }

    /// <summary>Starts the client against <paramref name="endpoint"/> with <paramref name="scenario"/> (serialized to JSON on stdin).</summary>
    public static async Task<WebSocketNodeClient> StartAsync(Uri endpoint, object scenario)
    {
        var directory = Path.Combine(GraphQLHttpAudit.FindRepositoryRoot(), "tests", "conformance");
        await EnsureInstalledAsync(directory);

        var startInfo = new ProcessStartInfo("node")
        {
            WorkingDirectory = directory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        startInfo.ArgumentList.Add(Path.Combine(directory, "graphql-ws-client.mjs"));
        startInfo.ArgumentList.Add(endpoint.AbsoluteUri);

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

        await process.StandardInput.WriteAsync(JsonSerializer.Serialize(scenario));
        process.StandardInput.Close();
        return new WebSocketNodeClient(process);
    }

    /// <summary>Waits for the next line (after those already taken by earlier waits) that matches <paramref name="predicate"/>.</summary>
    public async Task<JsonElement> WaitForAsync(Func<JsonElement, bool> predicate, TimeSpan? timeout = null)
    {
        using var cancellation = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(20));
        try
        {
            while (await _lines.Reader.WaitToReadAsync(cancellation.Token))
            {
                while (_lines.Reader.TryRead(out var line))
                {
                    if (predicate(line))
                    {
                        return line;
                    }
                }
            }
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"No matching line within {timeout}. Received: {Describe()}");
        }

        throw new InvalidOperationException($"The client exited without a matching line. Received: {Describe()}");
    }

    /// <summary>Waits for a line with <c>type</c> = <paramref name="type"/> (and <c>operation</c> = <paramref name="operation"/> when given).</summary>
    public Task<JsonElement> WaitForAsync(string type, string? operation = null, TimeSpan? timeout = null)
        => WaitForAsync(
            line => line.GetProperty("type").GetString() == type
                && (operation is null || (line.TryGetProperty("operation", out var name) && name.GetString() == operation)),
            timeout);

    /// <summary>Waits for the <c>done</c> line and a clean exit; returns every line.</summary>
    public async Task<IReadOnlyList<JsonElement>> WaitForDoneAsync(TimeSpan? timeout = null)
    {
        await WaitForAsync("done", timeout: timeout);
        using var cancellation = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(20));
        await _process.WaitForExitAsync(cancellation.Token);
        await _reader;
        Assert.True(_process.ExitCode == 0, $"graphql-ws-client.mjs exited with {_process.ExitCode}: {Describe()}");
        return Received;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        await _reader;
        _process.Dispose();
    }

    private string Describe()
    {
        lock (_stderr)
        {
            return string.Join(Environment.NewLine, Received.Select(static line => line.GetRawText())) + $"{Environment.NewLine}stderr: {_stderr}";
        }
    }

    private async Task ReadLinesAsync()
    {
        while (await _process.StandardOutput.ReadLineAsync() is { } text)
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }

            JsonElement line;
            try
            {
                using var document = JsonDocument.Parse(text);
                line = document.RootElement.Clone();
            }
            catch (JsonException)
            {
                using var document = JsonDocument.Parse(JsonSerializer.Serialize(new { type = "unparsed", text }));
                line = document.RootElement.Clone();
            }

            lock (_received)
            {
                _received.Add(line);
            }

            _lines.Writer.TryWrite(line);
        }

        _lines.Writer.TryComplete();
    }

    // Same lock file as GraphQLHttpAudit's installer, so the two never run `npm ci` in the folder at once.
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
            FileStream? fileLock = null;
            while (fileLock is null)
            {
                try
                {
                    fileLock = new FileStream(lockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose);
                }
                catch (IOException) when (DateTime.UtcNow < deadline)
                {
                    await Task.Delay(TimeSpan.FromMilliseconds(200));
                }
            }

            await using (fileLock)
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
                using var cancellation = new CancellationTokenSource(InstallTimeout);
                await npm.WaitForExitAsync(cancellation.Token);
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
        => File.Exists(Path.Combine(directory, "node_modules", "graphql-ws", "package.json"))
            && File.Exists(Path.Combine(directory, "node_modules", "ws", "package.json"));
}
