namespace Gateway.Transport.Sse;

/// <summary>
/// A single-connection reservation: made by a <c>PUT</c>, fulfilled by exactly one event stream, running the
/// operations <c>POST</c>ed with its token. It ends (once) when its stream ends, when it waits too long for its stream
/// (<see cref="GraphQLSseOptions.ReservationTimeout"/>), when its open stream runs no operation for
/// <see cref="Subscriptions.GraphQLSubscriptionOptions.IdleTimeout"/>, when its client is too slow, or when the server
/// stops; ending stops every operation and releases the client's connection slot.
/// </summary>
internal sealed class SseReservation
{
    private readonly object _gate = new();
    private readonly Dictionary<string, SseOperation> _operations = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource _closed = new();
    private readonly IDisposable _connectionLease;
    private readonly Action<SseReservation, string> _onClosed;
    private readonly Action<Exception> _onFailed;
    private readonly TimeSpan _idleTimeout;
    private readonly ITimer _timer;
    private State _state;
    private Action? _abortStream;

    public SseReservation(
        string token,
        IDisposable connectionLease,
        int capacity,
        TimeProvider timeProvider,
        TimeSpan reservationTimeout,
        TimeSpan idleTimeout,
        Action<SseReservation, string> onClosed,
        Action<Exception> onFailed)
    {
        Token = token;
        Events = new SseEventStream(capacity);
        _connectionLease = connectionLease;
        _idleTimeout = idleTimeout;
        _onClosed = onClosed;
        _onFailed = onFailed;
        _timer = timeProvider.CreateTimer(static state => ((SseReservation)state!).OnTimer(), this, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        _timer.Change(reservationTimeout, Timeout.InfiniteTimeSpan);
    }

    public enum OpenResult
    {
        Opened,
        AlreadyOpen,
        Closed,
    }

    public enum AddResult
    {
        Added,
        Conflict,
        TooMany,
        Closed,
    }

    private enum State
    {
        Reserved,
        Streaming,
        Closed,
    }

    public string Token { get; }

    /// <summary>What the operations send; results sent before the stream opens wait here (bounded) until it does.</summary>
    public SseEventStream Events { get; }

    public bool IsClosed
    {
        get
        {
            lock (_gate)
            {
                return _state == State.Closed;
            }
        }
    }

    /// <summary>Claims the reservation for the calling stream; <paramref name="abort"/> cuts it off (a client too slow).</summary>
    public OpenResult TryOpenStream(Action abort)
    {
        lock (_gate)
        {
            switch (_state)
            {
                case State.Closed:
                    return OpenResult.Closed;
                case State.Streaming:
                    return OpenResult.AlreadyOpen;
            }

            _state = State.Streaming;
            _abortStream = abort;
            _timer.Change(_operations.Count == 0 ? _idleTimeout : Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
            return OpenResult.Opened;
        }
    }

    /// <summary>The stream's request is ending: the reservation ends with it (a new one is a new <c>PUT</c>).</summary>
    public void EndStream(string reason)
    {
        lock (_gate)
        {
            // After this the request (and its HttpContext, which the server reuses) is no longer ours to abort.
            _abortStream = null;
        }

        Close(reason);
    }

    public AddResult TryAddOperation(string id, int maxOperations, out SseOperation? operation)
    {
        operation = null;
        lock (_gate)
        {
            if (_state == State.Closed)
            {
                return AddResult.Closed;
            }

            if (_operations.ContainsKey(id))
            {
                return AddResult.Conflict;
            }

            if (_operations.Count >= maxOperations)
            {
                return AddResult.TooMany;
            }

            operation = new SseOperation(id, _closed.Token);
            _operations.Add(id, operation);
            if (_state == State.Streaming)
            {
                _timer.Change(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
            }

            return AddResult.Added;
        }
    }

    /// <summary>Forgets an operation that ended (its id may be used again).</summary>
    public void RemoveOperation(SseOperation operation)
    {
        lock (_gate)
        {
            if (_operations.TryGetValue(operation.Id, out var current) && ReferenceEquals(current, operation))
            {
                _operations.Remove(operation.Id);
                ArmIdleTimer();
            }
        }
    }

    /// <summary>Stops the operation <paramref name="id"/>, if it runs; its id is free at once.</summary>
    public void StopOperation(string id)
    {
        SseOperation? operation;
        lock (_gate)
        {
            if (!_operations.Remove(id, out operation))
            {
                return;
            }

            ArmIdleTimer();
        }

        operation.Stop();
    }

    /// <summary>Ends the reservation once; <paramref name="abortStream"/> also aborts its stream's connection.</summary>
    public void Close(string reason, bool abortStream = false)
    {
        lock (_gate)
        {
            if (_state == State.Closed)
            {
                return;
            }

            _state = State.Closed;
            if (abortStream)
            {
                // Under the lock: the stream's request cannot finish (and its context be reused) meanwhile.
                _abortStream?.Invoke();
            }

            _abortStream = null;
            _operations.Clear();
        }

        _timer.Dispose();
        _closed.Cancel();
        Events.Complete();
        _connectionLease.Dispose();
        _onClosed(this, reason);
    }

    private void ArmIdleTimer()
    {
        if (_state == State.Streaming && _operations.Count == 0)
        {
            _timer.Change(_idleTimeout, Timeout.InfiniteTimeSpan);
        }
    }

    // A timer callback: an exception here would take the process down.
    private void OnTimer()
    {
        try
        {
            CloseIfUnused();
        }
        catch (Exception ex)
        {
            _onFailed(ex);
        }
    }

    private void CloseIfUnused()
    {
        string reason;
        lock (_gate)
        {
            // The timer may fire just as the state changed: decide on the state as it is now.
            if (_state == State.Reserved)
            {
                reason = "no event stream came for the reservation in time";
            }
            else if (_state == State.Streaming && _operations.Count == 0)
            {
                reason = "idle: no operation ran for the idle timeout";
            }
            else
            {
                return;
            }
        }

        Close(reason);
    }
}
