namespace Gateway.Transport.Sse;

/// <summary>One operation running on a single-connection reservation, stopped by a <c>DELETE</c> or with its reservation.</summary>
internal sealed class SseOperation : IDisposable
{
    private readonly CancellationTokenSource _stop;

    public SseOperation(string id, CancellationToken reservationClosed)
    {
        Id = id;
        _stop = CancellationTokenSource.CreateLinkedTokenSource(reservationClosed);
    }

    /// <summary>The client's <c>extensions.operationId</c>.</summary>
    public string Id { get; }

    /// <summary>Cancelled when the operation must stop.</summary>
    public CancellationToken Token => _stop.Token;

    public void Stop()
    {
        try
        {
            _stop.Cancel();
        }
        catch (ObjectDisposedException)
        {
            // It ended on its own meanwhile.
        }
    }

    public void Dispose() => _stop.Dispose();
}
