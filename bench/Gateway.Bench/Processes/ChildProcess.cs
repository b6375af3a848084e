using System.Diagnostics;
using System.Globalization;

namespace Gateway.Bench.Processes;

/// <summary>
/// A process the benchmark started: its output drained (a full pipe would stall it) into a short tail for error
/// messages, its warning and error log lines counted, its peak resident memory read from <c>/proc</c>, and killed
/// when disposed.
/// </summary>
internal sealed class ChildProcess : IAsyncDisposable
{
    private const int TailLines = 40;
    private const int MaxProblemKinds = 6;
    private const int MaxMessageLength = 220;
    private const int ProblemMessageLines = 2;

    private readonly Process _process;
    private readonly ChildProcessRegistry _registry;
    private readonly Queue<string> _tail = new();
    private readonly List<LogProblem> _problems = [];
    private readonly Lock _outputGate = new();
    private int _problemCount;
    private LogProblem? _awaitingProblemMessage;
    private int _problemMessageLines;

    private ChildProcess(string name, Process process, ChildProcessRegistry registry)
    {
        Name = name;
        _process = process;
        _registry = registry;
    }

    public string Name { get; }

    public int Id => _process.Id;

    public bool HasExited => _process.HasExited;

    /// <summary>Log lines at warning level or above (the console logger's <c>warn:</c>, <c>fail:</c>, <c>crit:</c>).</summary>
    public int ProblemCount
    {
        get
        {
            lock (_outputGate)
            {
                return _problemCount;
            }
        }
    }

    /// <summary>
    /// Starts <paramref name="fileName"/>; the process inherits this environment plus <paramref name="environment"/>.
    /// <paramref name="observeLine"/>, when given, sees every line it writes, on the output reader's thread.
    /// </summary>
    public static ChildProcess Start(
        string name,
        string fileName,
        IEnumerable<string> arguments,
        IReadOnlyDictionary<string, string> environment,
        string workingDirectory,
        ChildProcessRegistry registry,
        Action<string>? observeLine = null)
    {
        var info = new ProcessStartInfo(fileName)
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true, // never the terminal's: Ctrl-C and keystrokes are the runner's to handle
            WorkingDirectory = workingDirectory,
        };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in environment)
        {
            info.Environment[key] = value;
        }

        var process = new Process { StartInfo = info };
        try
        {
            process.Start();
        }
        catch (Exception ex) when (ex is System.ComponentModel.Win32Exception or InvalidOperationException)
        {
            process.Dispose();
            throw new BenchmarkFailedException($"cannot start {name} ({fileName}): {ex.Message}", ex);
        }

        var child = new ChildProcess(name, process, registry);
        registry.Add(child);
        process.OutputDataReceived += (_, e) => child.Record(e.Data, observeLine);
        process.ErrorDataReceived += (_, e) => child.Record(e.Data, observeLine);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return child;
    }

    /// <summary>The highest resident set size the process has had (<c>VmHWM</c>), in MiB; null where <c>/proc</c> cannot say.</summary>
    public double? PeakResidentMegabytes() => StatusMegabytes("VmHWM:");

    /// <summary>
    /// Starts <see cref="PeakResidentMegabytes"/> over from the resident set size now (Linux: <c>5</c> written to
    /// <c>/proc/{pid}/clear_refs</c>); false where that cannot be done, and the peak then still counts from the start.
    /// </summary>
    public bool ResetPeakResident()
    {
        try
        {
            File.WriteAllText($"/proc/{Id}/clear_refs", "5");
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>The resident set size now (<c>VmRSS</c>), in MiB; null where <c>/proc</c> cannot say.</summary>
    public double? ResidentMegabytes() => StatusMegabytes("VmRSS:");

    /// <summary>
    /// Code the runtime has compiled so far: the lines of its perf map (<c>/tmp/perf-{pid}.map</c>, one per method body
    /// jitted or stub made), which <see cref="DotnetAppLauncher"/> turns on; null without one.
    /// </summary>
    public long? CompiledCodeEntries()
    {
        try
        {
            return File.ReadLines(PerfMapPath).LongCount();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>The last lines the process wrote, for a failure message.</summary>
    public string RecentOutput()
    {
        lock (_outputGate)
        {
            return _tail.Count == 0 ? "(no output)" : string.Join('\n', _tail);
        }
    }

    /// <summary>Warning-or-worse log lines by logger and event (the console logger's first line), each with a count and its first message.</summary>
    public IReadOnlyList<string> DescribeProblems()
    {
        lock (_outputGate)
        {
            return [.. _problems.Select(p => p.ToString())];
        }
    }

    public async ValueTask DisposeAsync()
    {
        Kill();
        try
        {
            using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            await _process.WaitForExitAsync(wait.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // Killed but not yet reaped: nothing more to do from here.
        }

        _registry.Remove(this);
        DeletePerfMaps();
        _process.Dispose();
    }

    /// <summary>Kills the process and its children; safe to call more than once and from a signal or exit handler.</summary>
    public void Kill()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
            }
        }
        catch (Exception ex) when (ex is InvalidOperationException or System.ComponentModel.Win32Exception or NotSupportedException)
        {
            // Already gone.
        }
    }

    private string PerfMapPath => $"/tmp/perf-{Id}.map";

    private void DeletePerfMaps()
    {
        foreach (var path in new[] { PerfMapPath, $"/tmp/perfinfo-{Id}.map" })
        {
            try
            {
                File.Delete(path);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // Left for the system's /tmp clean-up.
            }
        }
    }

    private double? StatusMegabytes(string field)
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{Id}/status"))
            {
                if (line.StartsWith(field, StringComparison.Ordinal))
                {
                    var kilobytes = line[field.Length..].Trim().Split(' ')[0];
                    return double.Parse(kilobytes, CultureInfo.InvariantCulture) / 1024;
                }
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or FormatException)
        {
            // Not Linux, or the process is gone: no figure rather than a wrong one.
        }

        return null;
    }

    private void Record(string? line, Action<string>? observeLine)
    {
        if (line is null)
        {
            return;
        }

        observeLine?.Invoke(line);

        lock (_outputGate)
        {
            if (_tail.Count == TailLines)
            {
                _tail.Dequeue();
            }

            _tail.Enqueue(line);

            // The console logger writes "warn: Category[id]", then the message indented, then an exception's first line if any.
            if (_awaitingProblemMessage is { } awaiting && line.StartsWith(' ') && _problemMessageLines < ProblemMessageLines)
            {
                var message = (awaiting.FirstMessage + " " + line.Trim()).Trim();
                awaiting.FirstMessage = message.Length > MaxMessageLength ? message[..MaxMessageLength] + "…" : message;
                _problemMessageLines++;
                return;
            }

            _awaitingProblemMessage = null;
            _problemMessageLines = 0;
            if (line.StartsWith("warn:", StringComparison.Ordinal) || line.StartsWith("fail:", StringComparison.Ordinal) || line.StartsWith("crit:", StringComparison.Ordinal))
            {
                _problemCount++;
                var known = _problems.Find(p => p.Source == line);
                if (known is not null)
                {
                    known.Count++;
                }
                else if (_problems.Count < MaxProblemKinds)
                {
                    _awaitingProblemMessage = new LogProblem(line) { Count = 1 };
                    _problems.Add(_awaitingProblemMessage);
                }
            }
        }
    }
}
