using System.Buffers;
using System.Net.WebSockets;
using System.Text;

namespace Gateway.Notifications;

/// <summary>
/// One connected socket of a channel: reads whole messages and hands them to the channel, and watches for silence
/// (after <see cref="NotificationsOptions.PingAfter"/> it sends <c>{"message":"ping"}</c>; after
/// <see cref="NotificationsOptions.HeartbeatTimeout"/> it aborts the socket). It tells its channel when the socket
/// ended, unless the channel closed it.
/// </summary>
internal sealed class ChannelConnection : IAsyncDisposable
{
    private const int ReceiveBufferBytes = 16 * 1024;
    private static readonly ReadOnlyMemory<byte> Ping = Encoding.UTF8.GetBytes("""{"message":"ping"}""");
    private static readonly TimeSpan CloseTimeout = TimeSpan.FromSeconds(2);

    private readonly UpstreamChannel _owner;
    private readonly WebSocket _socket;
    private readonly NotificationsOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly CancellationTokenSource _stop = new();
    private readonly SemaphoreSlim _sending = new(1, 1);
    private readonly TaskCompletionSource _firstMessage = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private Task _receive = Task.CompletedTask;
    private Task _watchdog = Task.CompletedTask;
    private long _lastReceived;
    private int _closing;
    private volatile bool _watchdogFired;
    private volatile bool _receivedAny;

    public ChannelConnection(UpstreamChannel owner, string channelId, WebSocket socket, NotificationsOptions options, TimeProvider time, ILogger logger)
    {
        _owner = owner;
        ChannelId = channelId;
        _socket = socket;
        _options = options;
        _time = time;
        _logger = logger;
        _lastReceived = time.GetTimestamp();
    }

    /// <summary>The upstream channel this socket reads.</summary>
    public string ChannelId { get; }

    /// <summary>Whether any message arrived on this socket (a connection that never spoke counts as a failed attempt).</summary>
    public bool ReceivedAny => _receivedAny;

    public void Start()
    {
        _receive = ReceiveLoopAsync();
        _watchdog = WatchdogAsync();
    }

    /// <summary>
    /// Sends a ping and waits for the first message back: once the upstream answered on this socket, it has attached
    /// it to the channel, so no event published from now on can miss it.
    /// </summary>
    public async Task WaitUntilAttachedAsync(CancellationToken cancellationToken)
    {
        await SendPingAsync(cancellationToken).ConfigureAwait(false);
        await _firstMessage.Task.WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Closes the socket without telling the channel (it asked).</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _closing, 1) != 0)
        {
            return;
        }

        if (_socket.State == WebSocketState.Open)
        {
            try
            {
                using var timeout = new CancellationTokenSource(CloseTimeout, _time);
                await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, timeout.Token).ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is WebSocketException or OperationCanceledException or ObjectDisposedException)
            {
                // Closing anyway.
            }
        }

        await _stop.CancelAsync().ConfigureAwait(false);
        _socket.Abort();
        await Task.WhenAll(_receive, _watchdog).ConfigureAwait(false);
        _socket.Dispose();
        _stop.Dispose();
        _sending.Dispose();
    }

    private async Task ReceiveLoopAsync()
    {
        string reason;
        try
        {
            reason = await ReceiveAsync(_stop.Token).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is WebSocketException or OperationCanceledException or ObjectDisposedException or IOException)
        {
            reason = _watchdogFired ? ReconnectReason.Watchdog : ReconnectReason.Aborted;
        }

        _firstMessage.TrySetException(new WebSocketException(WebSocketError.ConnectionClosedPrematurely));
        if (Volatile.Read(ref _closing) == 0)
        {
            await _stop.CancelAsync().ConfigureAwait(false);
            _owner.OnSocketEnded(this, reason);
        }
    }

    private async Task<string> ReceiveAsync(CancellationToken cancellationToken)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(ReceiveBufferBytes);
        var message = new ArrayBufferWriter<byte>();
        var skipping = false;
        try
        {
            while (true)
            {
                var result = await _socket.ReceiveAsync(buffer.AsMemory(), cancellationToken).ConfigureAwait(false);
                Interlocked.Exchange(ref _lastReceived, _time.GetTimestamp());
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    return ReconnectReason.Closed;
                }

                if (!skipping && message.WrittenCount + result.Count > _options.MaxMessageBytes)
                {
                    skipping = true;
                    message.Clear();
                }

                if (!result.EndOfMessage)
                {
                    if (!skipping)
                    {
                        message.Write(buffer.AsSpan(0, result.Count));
                    }

                    continue;
                }

                _receivedAny = true;
                _firstMessage.TrySetResult();
                if (skipping)
                {
                    skipping = false;
                    _owner.OnOversizedMessage();
                }
                else if (message.WrittenCount == 0)
                {
                    // The usual case: the message fitted in one read.
                    _owner.OnMessage(this, buffer.AsMemory(0, result.Count));
                }
                else
                {
                    message.Write(buffer.AsSpan(0, result.Count));
                    _owner.OnMessage(this, message.WrittenMemory);
                    message.Clear();
                }
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private async Task WatchdogAsync()
    {
        var pingedFor = long.MinValue;
        try
        {
            while (true)
            {
                var last = Interlocked.Read(ref _lastReceived);
                var silence = _time.GetElapsedTime(last);
                if (silence >= _options.HeartbeatTimeout)
                {
                    _watchdogFired = true;
                    NotificationsLog.WatchdogFired(_logger, _owner.Ordinal, Math.Round(silence.TotalSeconds, 1));
                    _socket.Abort();
                    return;
                }

                TimeSpan wait;
                if (silence >= _options.PingAfter && pingedFor != last)
                {
                    pingedFor = last;
                    await TrySendPingAsync(silence).ConfigureAwait(false);

                    // Back by the next ping's time at the latest: waiting out the timeout would send the next ping
                    // late in the next silence, leaving it only the rest of the timeout to be answered.
                    wait = Min(_options.HeartbeatTimeout - silence, _options.PingAfter);
                }
                else
                {
                    wait = (pingedFor == last ? _options.HeartbeatTimeout : _options.PingAfter) - silence;
                }

                await Task.Delay(wait > TimeSpan.Zero ? wait : TimeSpan.FromMilliseconds(1), _time, _stop.Token).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (_stop.IsCancellationRequested)
        {
            // The socket ended.
        }
    }

    private async Task SendPingAsync(CancellationToken cancellationToken)
    {
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, _stop.Token);
        await _sending.WaitAsync(linked.Token).ConfigureAwait(false);
        try
        {
            await _socket.SendAsync(Ping, WebSocketMessageType.Text, endOfMessage: true, linked.Token).ConfigureAwait(false);
        }
        finally
        {
            _sending.Release();
        }
    }

    private async Task TrySendPingAsync(TimeSpan silence)
    {
        try
        {
            await SendPingAsync(_stop.Token).ConfigureAwait(false);
            NotificationsLog.PingSent(_logger, _owner.Ordinal, Math.Round(silence.TotalSeconds, 1));
        }
        catch (Exception exception) when (exception is WebSocketException or ObjectDisposedException or IOException)
        {
            // The receive loop learns of a dead socket on its own; the watchdog still ends it if it is only silent.
        }
    }

    private static TimeSpan Min(TimeSpan one, TimeSpan other) => one < other ? one : other;
}
