using System.Globalization;

namespace Gateway.Bench.Processes;

/// <summary>
/// Every process the benchmark started and has not yet stopped, so a signal or an early exit can kill them all.
/// Each id is also appended to the pid file when one is given: bench/run.sh's trap kills from it even if this
/// process itself is killed outright.
/// </summary>
internal sealed class ChildProcessRegistry(string? pidFile)
{
    private readonly HashSet<ChildProcess> _live = [];
    private readonly Lock _gate = new();

    public void Add(ChildProcess child)
    {
        lock (_gate)
        {
            _live.Add(child);
            if (pidFile is not null)
            {
                File.AppendAllText(pidFile, child.Id.ToString(CultureInfo.InvariantCulture) + "\n");
            }
        }
    }

    public void Remove(ChildProcess child)
    {
        lock (_gate)
        {
            _live.Remove(child);
        }
    }

    /// <summary>Kills whatever is still running; for the exit and signal paths, where nothing can be awaited.</summary>
    public void KillAll()
    {
        ChildProcess[] live;
        lock (_gate)
        {
            live = [.. _live];
        }

        foreach (var child in live)
        {
            child.Kill();
        }
    }
}
