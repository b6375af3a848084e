namespace Gateway.Notifications;

/// <summary>
/// Remembers the last messages of a channel by a 64-bit hash of their bytes, so a message that arrives twice (on the old
/// and the new socket while a channel is switched over) is delivered once.
/// </summary>
internal sealed class RecentMessageFilter(int capacity)
{
    private readonly Lock _gate = new();
    private readonly Queue<ulong> _order = new(capacity);
    private readonly HashSet<ulong> _seen = new(capacity);

    /// <summary>True when these very bytes were seen among the last messages; otherwise remembers them.</summary>
    public bool IsRepeat(ReadOnlySpan<byte> message)
    {
        var hash = Fnv1a(message);
        lock (_gate)
        {
            if (!_seen.Add(hash))
            {
                return true;
            }

            _order.Enqueue(hash);
            if (_order.Count > capacity)
            {
                _seen.Remove(_order.Dequeue());
            }

            return false;
        }
    }

    private static ulong Fnv1a(ReadOnlySpan<byte> bytes)
    {
        var hash = 14695981039346656037UL;
        foreach (var value in bytes)
        {
            hash = (hash ^ value) * 1099511628211UL;
        }

        return hash ^ (ulong)bytes.Length;
    }
}
