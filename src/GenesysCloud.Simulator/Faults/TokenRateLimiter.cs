using System.Collections.Concurrent;

namespace GenesysCloud.Simulator.Faults;

/// <summary>
/// The platform's per-token request budget: a sliding one-minute window per access token. A refused call does
/// not spend budget; the caller is told, in whole seconds, when the oldest counted call leaves the window.
/// </summary>
internal sealed class TokenRateLimiter(SimulatorFaults faults, TimeProvider time)
{
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    private readonly ConcurrentDictionary<string, Queue<long>> _windows = new(StringComparer.Ordinal);

    /// <summary>Counts the call and answers null, or answers how long to wait when the budget is spent.</summary>
    public TimeSpan? TryAcquire(string token)
    {
        var limit = faults.RateLimitPerMinute;
        if (limit <= 0)
        {
            return null;
        }

        var now = time.GetTimestamp();
        var window = _windows.GetOrAdd(token, static _ => new Queue<long>());
        lock (window)
        {
            while (window.Count > 0 && time.GetElapsedTime(window.Peek(), now) >= Window)
            {
                window.Dequeue();
            }

            if (window.Count < limit)
            {
                window.Enqueue(now);
                return null;
            }

            var wait = Window - time.GetElapsedTime(window.Peek(), now);
            return wait > TimeSpan.Zero ? wait : TimeSpan.Zero;
        }
    }

    /// <summary>Forgets every window (when faults are reset).</summary>
    public void Clear() => _windows.Clear();
}
