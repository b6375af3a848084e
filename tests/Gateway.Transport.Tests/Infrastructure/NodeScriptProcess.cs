using System.Diagnostics;
using System.Text;
using System.Text.Json;
using System.Threading.Channels;

namespace Gateway.Transport.Tests.Infrastructure;

/// <summary>
/// One Node.js script of <c>tests/conformance</c> (a real npm client) that prints JSON lines: started after the pinned
/// packages are installed, its lines handed over one by one as they arrive, so a test can act between them. A line
/// that is not JSON is kept as <c>{ "type": "unparsed", "text": … }</c>.
/// </summary>
public sealed class NodeScriptProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly Channel<JsonElement> _lines = Channel.CreateUnbounded<JsonElement>();
    private readonly List<JsonElement> _received = [];
    private readonly StringBuilder _stderr = new();
    private readonly Task _reading;

    private NodeScriptProcess(Process process)
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

    /// <summary>Every line printed so far.</summary>
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

    /// <summary>What the script wrote to stderr so far.</summary>
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

    /// <summary>The script's exit code, once it has exited.</summary>
    public int ExitCode => _process.ExitCode;

    /// <summary>Runs <paramref name="script"/> with <paramref name="arguments"/>, writing <paramref name="stdin"/> (if any) to its input.</summary>
    public static async Task<NodeScriptProcess> StartAsync(string script, IEnumerable<string> arguments, string? stdin = null)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        await ConformancePackages.EnsureInstalledAsync();
        var directory = ConformancePackages.Directory;
        var startInfo = new ProcessStartInfo("node")
        {
            WorkingDirectory = directory,
            RedirectStandardInput = stdin is not null,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        startInfo.ArgumentList.Add(Path.Combine(directory, script));
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        var process = ConformancePackages.StartProcess(startInfo);
        if (stdin is not null)
        {
            await process.StandardInput.WriteAsync(stdin);
            process.StandardInput.Close();
        }

        return new NodeScriptProcess(process);
    }

    /// <summary>
    /// The next line (after those taken by earlier reads) that matches <paramref name="predicate"/>; a
    /// <see cref="TimeoutException"/> when none comes in time, an <see cref="InvalidOperationException"/> when the script exits first.
    /// </summary>
    public async Task<JsonElement> NextAsync(Func<JsonElement, bool> predicate, TimeSpan timeout)
    {
        ArgumentNullException.ThrowIfNull(predicate);
        using var cancellation = new CancellationTokenSource(timeout);
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

        throw new InvalidOperationException($"The script exited without a matching line. Received: {Describe()}");
    }

    /// <summary>Every line not taken yet, until the script exits; a <see cref="TimeoutException"/> when it does not in time.</summary>
    public async Task<IReadOnlyList<JsonElement>> ReadToEndAsync(TimeSpan timeout)
    {
        var lines = new List<JsonElement>();
        using var cancellation = new CancellationTokenSource(timeout);
        try
        {
            await foreach (var line in _lines.Reader.ReadAllAsync(cancellation.Token))
            {
                lines.Add(line);
            }

            await _process.WaitForExitAsync(cancellation.Token);
            await _reading;
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"The script did not finish within {timeout}. Received: {Describe()}");
        }

        return lines;
    }

    /// <summary>What the script printed, and its stderr, for a failure message.</summary>
    public string Describe()
        => string.Join(Environment.NewLine, Received.Select(static line => line.GetRawText())) + $"{Environment.NewLine}stderr: {Stderr}";

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
            while (await _process.StandardOutput.ReadLineAsync() is { } text)
            {
                if (string.IsNullOrWhiteSpace(text))
                {
                    continue;
                }

                var line = Parse(text);
                lock (_received)
                {
                    _received.Add(line);
                }

                _lines.Writer.TryWrite(line);
            }
        }
        finally
        {
            _lines.Writer.TryComplete();
        }
    }

    private static JsonElement Parse(string text)
    {
        try
        {
            using var document = JsonDocument.Parse(text);
            return document.RootElement.Clone();
        }
        catch (JsonException)
        {
            using var document = JsonDocument.Parse(JsonSerializer.Serialize(new { type = "unparsed", text }));
            return document.RootElement.Clone();
        }
    }
}
