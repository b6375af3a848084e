namespace Gateway.Subscriptions;

/// <summary>
/// The last correlation ids seen, so an event that arrives twice (an upstream reconnect, a lease handover, two topics
/// carrying one change) passes once. Bounded: the oldest id is forgotten first. An event without an id always passes.
/// </summary>
internal sealed class RecentCorrelationIds(int capacity)
{
    private readonly HashSet<string> _ids = new(StringComparer.Ordinal);
    private readonly Queue<string> _order = new();
    private readonly Lock _gate = new();

    /// <summary>False when <paramref name="correlationId"/> was seen already.</summary>
    public bool Add(string? correlationId)
    {
        if (correlationId is null)
        {
            return true;
        }

        lock (_gate)
        {
            if (!_ids.Add(correlationId))
            {
                return false;
            }

            _order.Enqueue(correlationId);
            if (_order.Count > capacity)
            {
                _ids.Remove(_order.Dequeue());
            }

            return true;
        }
    }
}
