using System.Net.WebSockets;
using Gateway.Transport.Subscriptions;
using GraphQL;
using GraphQL.Transport;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Gateway.Transport.WebSockets;

/// <summary>
/// The protocol-neutral half of a GraphQL WebSocket connection; a subclass speaks one subprotocol
/// (<see cref="GraphQLWsSubscriptionServer{TSchema}"/> for <c>graphql-transport-ws</c>).
/// <list type="bullet">
/// <item>Lifetime: <see cref="RunAsync"/> receives whole messages (at most the configured size) and hands them to
/// <see cref="OnMessageReceivedAsync"/> one at a time, until the socket closes; it returns only when every operation
/// has stopped.</item>
/// <item>Operations by id (<see cref="TryStartOperation"/>), at most
/// <see cref="GraphQLSubscriptionOptions.MaxOperationsPerConnection"/>, each on its own cancellation.</item>
/// <item>Timeouts: no <see cref="MarkConnectionInitReceived">initialisation</see> within
/// <see cref="GraphQLSubscriptionOptions.ConnectionInitTimeout"/>, and no operation for
/// <see cref="GraphQLSubscriptionOptions.IdleTimeout"/> after it, each with its hook. Keep-alive is the WebSocket's own
/// ping/pong, set up when the socket is accepted (<see cref="GraphQLWebSocketMiddleware{TSchema}"/>).</item>
/// <item>A single writer: one outgoing message at a time, serialized beforehand into a pooled buffer by the
/// engine's serializer. What waits is bounded: each operation waits with at most one message (behind it, at most
/// <see cref="GraphQLSubscriptionOptions.MaxBufferedResults"/> results; one more and the client is too slow).</item>
/// <item>Closing: a close frame within <see cref="CloseTimeout"/> (even when a send is stuck), else the connection is
/// aborted. No exception escapes <see cref="RunAsync"/>.</item>
/// </list>
/// </summary>
public abstract class SubscriptionServer : IAsyncDisposable
{
    private const int ReceiveChunkBytes = 4096;

    private readonly Dictionary<string, SubscriptionOperation> _operations = new(StringComparer.Ordinal);
    private readonly List<Task> _running = [];
    private readonly Lock _operationsLock = new();
    private readonly SemaphoreSlim _sendLock = new(1, 1);

    // Two stages of ending: closing stops the operations; aborting also stops socket I/O (a cancelled
    // WebSocket call aborts the socket), so sends never take the closing token.
    private readonly CancellationTokenSource _closing = new();
    private readonly CancellationTokenSource _abort = new();
    private readonly ITimer _initTimer;
    private readonly ITimer _idleTimer;
    private readonly long _maxMessageBytes;
    private ITimer? _closeHandshakeTimer;
    private int _closeStarted;
    private int _aborted;
    private int _initialized;
    private int _finished;

    /// <summary>Creates the server for one accepted socket.</summary>
    /// <param name="socket">The accepted WebSocket.</param>
    /// <param name="context">The HTTP context of the upgrade request; operations execute with it.</param>
    /// <param name="serializer">The engine's serializer; every outgoing message goes through it.</param>
    /// <param name="options">The streaming limits.</param>
    /// <param name="maxMessageBytes">The largest incoming message; larger ones close the socket with 1009.</param>
    /// <param name="logger">The transport's logger.</param>
    /// <param name="timeProvider">The clock of the timeouts.</param>
    protected SubscriptionServer(
        WebSocket socket,
        HttpContext context,
        IGraphQLTextSerializer serializer,
        GraphQLSubscriptionOptions options,
        long maxMessageBytes,
        ILogger logger,
        TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(socket);
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(serializer);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(logger);
        ArgumentNullException.ThrowIfNull(timeProvider);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxMessageBytes, 1);
        Socket = socket;
        Context = context;
        Serializer = serializer;
        Options = options;
        Logger = logger;
        TimeProvider = timeProvider;
        _maxMessageBytes = maxMessageBytes;
        _initTimer = timeProvider.CreateTimer(
            static state => ((SubscriptionServer)state!).OnInitTimerElapsed(), this, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        _idleTimer = timeProvider.CreateTimer(
            static state => ((SubscriptionServer)state!).OnIdleTimerElapsed(), this, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
    }

    /// <summary>The accepted socket. Send only through <see cref="SendMessageAsync"/> and close only through <see cref="CloseAsync"/>.</summary>
    protected WebSocket Socket { get; }

    /// <summary>The HTTP context of the upgrade request (services, user); it lives as long as the socket.</summary>
    protected HttpContext Context { get; }

    /// <summary>The engine's serializer.</summary>
    protected IGraphQLTextSerializer Serializer { get; }

    /// <summary>The streaming limits.</summary>
    protected GraphQLSubscriptionOptions Options { get; }

    /// <summary>The transport's logger.</summary>
    protected ILogger Logger { get; }

    /// <summary>The clock of the timeouts.</summary>
    protected TimeProvider TimeProvider { get; }

    /// <summary>
    /// How long a close may take: to get the single writer for the close frame (a client that does not read keeps a send
    /// stuck), and then for the client's answering close frame. After it the connection is aborted. Default 2 s.
    /// </summary>
    protected virtual TimeSpan CloseTimeout => TimeSpan.FromSeconds(2);

    /// <summary>Cancelled once the connection starts closing (or is aborted).</summary>
    protected CancellationToken ConnectionClosing => _closing.Token;

    /// <summary>True once the connection is acknowledged (<see cref="TryInitialize"/>).</summary>
    protected bool IsInitialized => Volatile.Read(ref _initialized) == 1;

    /// <summary>True once a close has started; nothing more is sent.</summary>
    protected bool IsClosing => Volatile.Read(ref _closeStarted) == 1 || Volatile.Read(ref _aborted) == 1;

    /// <summary>The operations running now.</summary>
    protected int OperationCount
    {
        get
        {
            lock (_operationsLock)
            {
                return _operations.Count;
            }
        }
    }

    /// <summary>
    /// Serves the socket until it closes: starts the initialisation timeout, receives messages, and at the end stops
    /// every operation and waits for them. Never throws.
    /// </summary>
    /// <param name="serverStopping">Cancelled when the host shuts down: the connection is closed (<see cref="OnServerStoppingAsync"/>).</param>
    public async Task RunAsync(CancellationToken serverStopping)
    {
        using var stopping = serverStopping.Register(
            static state => ((SubscriptionServer)state!).RunGuarded(static server => server.OnServerStoppingAsync()), this);
        _initTimer.Change(Options.ConnectionInitTimeout, Timeout.InfiniteTimeSpan);
        using var buffer = new PooledMessageBuffer();
        try
        {
            await ReceiveLoopAsync(buffer);
        }
        catch (Exception ex) when (IsConnectionGone(ex))
        {
            WebSocketTransportLog.Disconnected(Logger, ex.GetType().Name);
        }
        catch (Exception ex)
        {
            WebSocketTransportLog.UnexpectedError(Logger, ex);
        }
        finally
        {
            await StopAsync();
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await DisposeAsyncCore();
        GC.SuppressFinalize(this);
    }

    /// <summary>Releases the timers; called after <see cref="RunAsync"/> has returned.</summary>
    protected virtual async ValueTask DisposeAsyncCore()
    {
        Volatile.Write(ref _finished, 1);
        await _initTimer.DisposeAsync();
        await _idleTimer.DisposeAsync();
        if (Volatile.Read(ref _closeHandshakeTimer) is { } closeHandshakeTimer)
        {
            await closeHandshakeTimer.DisposeAsync();
        }

        _closing.Dispose();
        _abort.Dispose();
    }

    /// <summary>Handles one whole message from the client. Exceptions end the connection through <see cref="OnUnexpectedErrorAsync"/>.</summary>
    /// <param name="message">The message's bytes, valid only until the returned task completes.</param>
    protected abstract Task OnMessageReceivedAsync(ReadOnlyMemory<byte> message);

    /// <summary>No initialisation within <see cref="GraphQLSubscriptionOptions.ConnectionInitTimeout"/>: close with the protocol's code.</summary>
    protected abstract Task OnConnectionInitTimeoutAsync();

    /// <summary>No operation for <see cref="GraphQLSubscriptionOptions.IdleTimeout"/>: closes with 1000 "Idle timeout".</summary>
    protected virtual Task OnIdleTimeoutAsync()
        => CloseAsync((int)WebSocketCloseStatus.NormalClosure, GraphQLWsCloseCodes.IdleTimeoutReason);

    /// <summary>The host is shutting down: closes with 1001 "Server shutting down".</summary>
    protected virtual Task OnServerStoppingAsync()
        => CloseAsync((int)WebSocketCloseStatus.EndpointUnavailable, GraphQLWsCloseCodes.GoingAwayReason);

    /// <summary>
    /// The client did not read <paramref name="operation"/>'s results: closes with 1008 "Subscriber too slow" (aborting
    /// when the close frame cannot be written in time). Called on the event source's thread: must not block.
    /// </summary>
    protected virtual Task OnSubscriberTooSlowAsync(SubscriptionOperation operation)
        => CloseAsync((int)WebSocketCloseStatus.PolicyViolation, GraphQLWsCloseCodes.SubscriberTooSlowReason);

    /// <summary>A message over the size limit: closes with 1009 "Message too big".</summary>
    protected virtual Task OnMessageTooBigAsync()
        => CloseAsync((int)WebSocketCloseStatus.MessageTooBig, GraphQLWsCloseCodes.MessageTooBigReason);

    /// <summary>Handling a message failed unexpectedly (already logged): closes with 1011.</summary>
    protected virtual Task OnUnexpectedErrorAsync(Exception exception)
        => CloseAsync((int)WebSocketCloseStatus.InternalServerError, GraphQLWsCloseCodes.InternalServerErrorReason);

    /// <summary>The initialisation message has arrived: stops the initialisation timeout.</summary>
    protected void MarkConnectionInitReceived() => _initTimer.Change(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);

    /// <summary>Marks the connection acknowledged and starts the idle timeout; false when it already was.</summary>
    protected bool TryInitialize()
    {
        MarkConnectionInitReceived();
        if (Interlocked.Exchange(ref _initialized, 1) == 1)
        {
            return false;
        }

        lock (_operationsLock)
        {
            UpdateIdleTimer();
        }

        return true;
    }

    /// <summary>True when an operation with <paramref name="id"/> is running.</summary>
    protected bool IsOperationRunning(string id)
    {
        lock (_operationsLock)
        {
            return _operations.ContainsKey(id);
        }
    }

    /// <summary>
    /// Registers an operation under <paramref name="id"/> and runs <paramref name="run"/> for it in the background (the
    /// receive loop goes on). When <paramref name="run"/> ends, however it ends, the operation is removed.
    /// </summary>
    protected OperationStartResult TryStartOperation(string id, Func<SubscriptionOperation, Task> run)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(run);
        SubscriptionOperation operation;
        lock (_operationsLock)
        {
            if (IsClosing)
            {
                return OperationStartResult.Closing;
            }

            if (_operations.ContainsKey(id))
            {
                return OperationStartResult.AlreadyExists;
            }

            if (_operations.Count >= Options.MaxOperationsPerConnection)
            {
                return OperationStartResult.TooManyOperations;
            }

            operation = new SubscriptionOperation(id, _closing.Token);
            _operations.Add(id, operation);
            UpdateIdleTimer();
            _running.RemoveAll(static task => task.IsCompleted);
            _running.Add(RunOperationAsync(operation, run));
        }

        WebSocketTransportLog.OperationStarted(Logger, id);
        return OperationStartResult.Started;
    }

    /// <summary>
    /// The client stopped the operation <paramref name="id"/>: it is removed (the id may be reused at once) and
    /// cancelled, which unsubscribes from its source. False for an id that is not running (ignored, as the protocol asks).
    /// </summary>
    protected bool TryCancelOperation(string id)
    {
        SubscriptionOperation? operation;
        lock (_operationsLock)
        {
            if (!_operations.Remove(id, out operation))
            {
                return false;
            }

            operation.TryEnd();
            UpdateIdleTimer();
        }

        operation.Cancel();
        WebSocketTransportLog.OperationEnded(Logger, id, "completed by the client");
        return true;
    }

    /// <summary>
    /// Ends <paramref name="operation"/> from the server's side, before its final message: it is removed so the client
    /// may reuse its id as soon as that message arrives. True when the caller should send the final message (the
    /// operation was still active and the connection is open).
    /// </summary>
    protected bool TryEndOperation(SubscriptionOperation operation)
    {
        ArgumentNullException.ThrowIfNull(operation);
        lock (_operationsLock)
        {
            if (!operation.TryEnd())
            {
                return false;
            }

            if (_operations.TryGetValue(operation.Id, out var current) && ReferenceEquals(current, operation))
            {
                _operations.Remove(operation.Id);
            }

            UpdateIdleTimer();
        }

        return !IsClosing;
    }

    /// <summary>
    /// The results of <paramref name="result"/> through the bounded buffer of
    /// <see cref="ExecutionResultStream.ReadAsync"/>; an overflow calls <see cref="OnSubscriberTooSlowAsync"/> at once.
    /// </summary>
    protected IAsyncEnumerable<ExecutionResult> ReadResultsAsync(ExecutionResult result, SubscriptionOperation operation)
    {
        ArgumentNullException.ThrowIfNull(operation);
        return ExecutionResultStream.ReadAsync(
            result,
            Options.MaxBufferedResults,
            () =>
            {
                WebSocketTransportLog.SubscriberTooSlow(Logger, operation.Id, Options.MaxBufferedResults);
                RunGuarded(server => server.OnSubscriberTooSlowAsync(operation));
            },
            operation.CancellationToken);
    }

    /// <summary>
    /// Serializes <paramref name="message"/> into a pooled buffer and sends it when the single writer is free. Dropped
    /// (false) when the connection is closing or <paramref name="operation"/> has ended; a connection that is gone is
    /// logged, not thrown. Pass no operation for an operation's final message.
    /// </summary>
    protected async Task<bool> SendMessageAsync(OperationMessage message, SubscriptionOperation? operation = null)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (IsClosing || operation is { IsActive: false })
        {
            return false;
        }

        using var buffer = new PooledMessageBuffer();
        await Serializer.WriteAsync(buffer, message, CancellationToken.None);
        try
        {
            await _sendLock.WaitAsync(_abort.Token);
            try
            {
                if (IsClosing || operation is { IsActive: false })
                {
                    return false;
                }

                await Socket.SendAsync(buffer.WrittenMemory, WebSocketMessageType.Text, endOfMessage: true, _abort.Token);
                return true;
            }
            finally
            {
                _sendLock.Release();
            }
        }
        catch (Exception ex) when (IsConnectionGone(ex))
        {
            WebSocketTransportLog.SendFailed(Logger, ex.GetType().Name);
            return false;
        }
    }

    /// <summary>
    /// Closes the connection with <paramref name="closeCode"/> (once; later calls do nothing): stops every operation,
    /// sends the close frame when the single writer is free within <see cref="CloseTimeout"/>, and aborts when it is not
    /// or when the client does not answer within another <see cref="CloseTimeout"/>. Never throws.
    /// </summary>
    /// <param name="closeCode">An RFC 6455 code (1000–1015) or an application code (4000–4999).</param>
    /// <param name="reason">At most 123 bytes of UTF-8.</param>
    protected async Task CloseAsync(int closeCode, string reason)
    {
        if (Interlocked.Exchange(ref _closeStarted, 1) == 1)
        {
            return;
        }

        WebSocketTransportLog.Closing(Logger, closeCode, reason);
        StopTimersAndOperations();
        if (await TrySendCloseFrameAsync(closeCode, reason))
        {
            // The client's answering close frame ends the receive loop; a client that never answers is cut off.
            Volatile.Write(ref _closeHandshakeTimer, TimeProvider.CreateTimer(
                static state => ((SubscriptionServer)state!).Abort("no answer to the close frame"), this, CloseTimeout, Timeout.InfiniteTimeSpan));
        }
    }

    /// <summary>Cuts the connection without a close handshake (idempotent).</summary>
    protected void Abort(string reason)
    {
        // Once RunAsync has returned the request is over, and its context may serve another one.
        if (Volatile.Read(ref _finished) == 1 || Interlocked.Exchange(ref _aborted, 1) == 1)
        {
            return;
        }

        WebSocketTransportLog.Aborted(Logger, reason);
        StopTimersAndOperations();
        try
        {
            _abort.Cancel();
            Socket.Abort();
            Context.Abort();
        }
        catch (Exception ex) when (ex is ObjectDisposedException or InvalidOperationException)
        {
            // The request is already over.
        }
    }

    private enum ReceivedMessage
    {
        Message,
        TooBig,
        Close,
    }

    private static bool IsConnectionGone(Exception exception)
        => exception is WebSocketException or IOException or OperationCanceledException or ObjectDisposedException;

    private async Task ReceiveLoopAsync(PooledMessageBuffer buffer)
    {
        while (true)
        {
            var received = await ReceiveMessageAsync(buffer);
            if (received == ReceivedMessage.Close)
            {
                await OnCloseFrameReceivedAsync();
                return;
            }

            if (IsClosing)
            {
                // Draining until the client answers our close frame.
                continue;
            }

            if (received == ReceivedMessage.TooBig)
            {
                await OnMessageTooBigAsync();
                continue;
            }

            try
            {
                await OnMessageReceivedAsync(buffer.WrittenMemory);
            }
            catch (Exception ex) when (!IsClosing)
            {
                WebSocketTransportLog.UnexpectedError(Logger, ex);
                await OnUnexpectedErrorAsync(ex);
            }
        }
    }

    // Reads one whole message into the buffer; past the size limit the rest is read and dropped, so memory stays bounded.
    // Text and binary frames are both taken as UTF-8 JSON, as the graphql-ws server does.
    private async Task<ReceivedMessage> ReceiveMessageAsync(PooledMessageBuffer buffer)
    {
        buffer.Reset();
        var tooBig = false;
        while (true)
        {
            var result = await Socket.ReceiveAsync(buffer.GetMemory(ReceiveChunkBytes), _abort.Token);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return ReceivedMessage.Close;
            }

            buffer.Advance(result.Count);
            if (buffer.Length > _maxMessageBytes)
            {
                tooBig = true;
                buffer.Reset();
            }

            if (result.EndOfMessage)
            {
                return tooBig ? ReceivedMessage.TooBig : ReceivedMessage.Message;
            }
        }
    }

    private async Task OnCloseFrameReceivedAsync()
    {
        WebSocketTransportLog.ClosedByClient(Logger, (int?)Socket.CloseStatus, Socket.CloseStatusDescription);
        if (Interlocked.Exchange(ref _closeStarted, 1) == 1)
        {
            // The client answered our close frame: the handshake is complete.
            return;
        }

        StopTimersAndOperations();
        await TrySendCloseFrameAsync((int)(Socket.CloseStatus ?? WebSocketCloseStatus.NormalClosure), string.Empty);
    }

    private async Task<bool> TrySendCloseFrameAsync(int closeCode, string reason)
    {
        using var timeout = new CancellationTokenSource(CloseTimeout, TimeProvider);
        try
        {
            await _sendLock.WaitAsync(timeout.Token);
            try
            {
                if (Socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
                {
                    await Socket.CloseOutputAsync((WebSocketCloseStatus)closeCode, reason, timeout.Token);
                }
            }
            finally
            {
                _sendLock.Release();
            }

            return true;
        }
        catch (Exception ex) when (IsConnectionGone(ex))
        {
            Abort(timeout.IsCancellationRequested ? "the close frame could not be sent in time" : "the close frame could not be sent");
            return false;
        }
    }

    private void StopTimersAndOperations()
    {
        try
        {
            _initTimer.Change(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
            _idleTimer.Change(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
            _closing.Cancel();
        }
        catch (ObjectDisposedException)
        {
            // A late callback after the connection was disposed: everything is stopped already.
        }
        catch (AggregateException ex)
        {
            // A callback of an operation's token failed; the operation is over either way.
            WebSocketTransportLog.UnexpectedError(Logger, ex);
        }
    }

    private async Task StopAsync()
    {
        StopTimersAndOperations();
        Task[] running;
        lock (_operationsLock)
        {
            running = [.. _running];
        }

        try
        {
            // Operations are cancelled and send nothing more; they only have to unwind (and unsubscribe).
            await Task.WhenAll(running).WaitAsync(CloseTimeout, TimeProvider);
        }
        catch (TimeoutException)
        {
            WebSocketTransportLog.Aborted(Logger, "operations did not stop within the close timeout");
        }

        if (Socket.State is not WebSocketState.Closed)
        {
            Abort("the socket ended without a close handshake");
        }

        Volatile.Write(ref _finished, 1);
        Volatile.Read(ref _closeHandshakeTimer)?.Change(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
    }

    private async Task RunOperationAsync(SubscriptionOperation operation, Func<SubscriptionOperation, Task> run)
    {
        // Off the receive loop: execution may run synchronously for a while before its first await.
        await Task.Yield();
        var outcome = "done";
        try
        {
            await run(operation);
        }
        catch (Exception ex) when (operation.CancellationToken.IsCancellationRequested && ex is OperationCanceledException or SubscriberTooSlowException)
        {
            outcome = "cancelled";
        }
        catch (SubscriberTooSlowException)
        {
            outcome = "subscriber too slow";
        }
        catch (Exception ex)
        {
            outcome = "failed";
            WebSocketTransportLog.OperationFailed(Logger, operation.Id, ex);
        }
        finally
        {
            TryEndOperation(operation);
            WebSocketTransportLog.OperationEnded(Logger, operation.Id, outcome);
            operation.Dispose();
        }
    }

    private void UpdateIdleTimer()
    {
        var idle = IsInitialized && _operations.Count == 0 && !IsClosing;
        _idleTimer.Change(idle ? Options.IdleTimeout : Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
    }

    private void OnInitTimerElapsed()
    {
        if (!IsInitialized && !IsClosing)
        {
            RunGuarded(static server => server.OnConnectionInitTimeoutAsync());
        }
    }

    private void OnIdleTimerElapsed()
    {
        lock (_operationsLock)
        {
            if (_operations.Count > 0 || IsClosing)
            {
                return;
            }
        }

        RunGuarded(static server => server.OnIdleTimeoutAsync());
    }

    // For callbacks (timers, the event source, shutdown) that cannot await: failures are logged, never thrown.
    private void RunGuarded(Func<SubscriptionServer, Task> action) => _ = RunGuardedAsync(action);

    private async Task RunGuardedAsync(Func<SubscriptionServer, Task> action)
    {
        try
        {
            await action(this);
        }
        catch (Exception ex)
        {
            WebSocketTransportLog.UnexpectedError(Logger, ex);
            Abort("unexpected error");
        }
    }
}
