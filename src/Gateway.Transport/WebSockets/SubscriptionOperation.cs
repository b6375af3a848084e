namespace Gateway.Transport.WebSockets;

/// <summary>
/// One operation a <see cref="SubscriptionServer"/> runs under a client-chosen id: a query or mutation until its
/// result is sent, a subscription until its stream ends or the client stops it. Its
/// <see cref="CancellationToken"/> is cancelled when the client completes it or the connection ends.
/// </summary>
public sealed class SubscriptionOperation : IDisposable
{
    private readonly CancellationTokenSource _cancellation;
    private int _ended;

    internal SubscriptionOperation(string id, CancellationToken connectionClosing)
    {
        Id = id;
        _cancellation = CancellationTokenSource.CreateLinkedTokenSource(connectionClosing);
        CancellationToken = _cancellation.Token;
    }

    /// <summary>The id the client gave the operation.</summary>
    public string Id { get; }

    /// <summary>Cancelled when the client completes the operation or the connection ends; stops execution and unsubscribes.</summary>
    public CancellationToken CancellationToken { get; }

    /// <summary>
    /// False once the operation has ended, by the server (its final message is being sent) or by the client: no
    /// <c>next</c> may be sent for it any more.
    /// </summary>
    public bool IsActive => Volatile.Read(ref _ended) == 0;

    /// <inheritdoc />
    public void Dispose() => _cancellation.Dispose();

    /// <summary>Marks the operation ended; true only for the first caller.</summary>
    internal bool TryEnd() => Interlocked.Exchange(ref _ended, 1) == 0;

    internal void Cancel()
    {
        try
        {
            _cancellation.Cancel();
        }
        catch (ObjectDisposedException)
        {
            // It finished on its own meanwhile: nothing left to cancel.
        }
    }
}
