using System.Buffers;
using System.Net.WebSockets;
using System.Threading.Channels;

namespace GenesysCloud.Simulator.Notifications;

/// <summary>
/// One open WebSocket of a channel. A single send loop owns the socket's writes and drains a bounded queue, so a slow
/// client only ever fills its own queue (further messages are dropped and counted) and never holds up a publisher.
/// The receive loop answers <c>{"message":"ping"}</c> with a pong; a heartbeat loop sends <c>WebSocket Heartbeat</c>.
/// </summary>
internal sealed class ChannelSocket
{
    private const int MaxClientFrameBytes = 64 * 1024;
    private static readonly TimeSpan CloseHandshakeTimeout = TimeSpan.FromSeconds(5);

    private readonly WebSocket _socket;
    private readonly HttpContext _http;
    private readonly NotificationCounters _counters;
    private readonly Channel<ReadOnlyMemory<byte>> _outbox;
    private readonly CancellationTokenSource _stop = new();
    private WebSocketCloseStatus _closeStatus = WebSocketCloseStatus.NormalClosure;
    private string _closeDescription = "";
    private volatile bool _aborted;
    private int _closing;
    private volatile bool _silenced;
    private volatile bool _ended;

    public ChannelSocket(WebSocket socket, HttpContext http, NotificationCounters counters, int queueCapacity)
    {
        _socket = socket;
        _http = http;
        _counters = counters;
        _outbox = Channel.CreateBounded<ReadOnlyMemory<byte>>(new BoundedChannelOptions(queueCapacity)
        {
            SingleReader = true,
            FullMode = BoundedChannelFullMode.Wait, // TryWrite then fails at once: nobody waits, the message is dropped
        });
    }

    /// <summary>Open and neither closing nor ended.</summary>
    public bool IsOpen => !_ended && Volatile.Read(ref _closing) == 0;

    public bool IsSilenced => _silenced;

    /// <summary>Queues a message; false (and counted as dropped) when the socket is closing, silenced or its queue is full.</summary>
    public bool TrySend(ReadOnlyMemory<byte> message)
    {
        if (!IsOpen)
        {
            return false;
        }

        if (_silenced || !_outbox.Writer.TryWrite(message))
        {
            _counters.EventDropped();
            return false;
        }

        return true;
    }

    /// <summary>From now on the socket sends nothing, though it stays open.</summary>
    public void Silence() => _silenced = true;

    /// <summary>
    /// Sends <paramref name="lastMessage"/> (when given) after what is queued, then closes with the handshake; a client
    /// that does not answer the close within a few seconds is dropped.
    /// </summary>
    public void Close(ReadOnlyMemory<byte>? lastMessage, WebSocketCloseStatus status, string description)
    {
        if (Interlocked.Exchange(ref _closing, 1) != 0)
        {
            return;
        }

        _closeStatus = status;
        _closeDescription = description;
        if (lastMessage is { } message)
        {
            _outbox.Writer.TryWrite(message);
        }

        _outbox.Writer.TryComplete();
        TryCancelAfter(CloseHandshakeTimeout);
    }

    /// <summary>Drops the connection without a close frame, as a network failure would.</summary>
    public void Abort()
    {
        // Before the outbox completes: the send loop, woken by that, must not answer with a close frame.
        _aborted = true;
        Interlocked.Exchange(ref _closing, 1);
        _outbox.Writer.TryComplete();
        _http.Abort();
        TryCancel();
    }

    /// <summary>Runs the socket until the client leaves, the close handshake ends or the connection is dropped.</summary>
    public async Task RunAsync(TimeSpan heartbeatInterval, TimeProvider time, CancellationToken requestAborted)
    {
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(requestAborted, _stop.Token);
        var ct = linked.Token;
        var send = SendLoopAsync(ct);
        var heartbeats = HeartbeatLoopAsync(heartbeatInterval, time, ct);
        try
        {
            await ReceiveLoopAsync(ct);
        }
        catch (Exception exception) when (IsDisconnect(exception))
        {
            // The client went away or the connection was dropped: nothing to answer.
        }
        finally
        {
            _ended = true;
            _outbox.Writer.TryComplete();

            // Lets a client-initiated close be answered by the send loop before everything stops.
            await Task.WhenAny(send, Task.Delay(CloseHandshakeTimeout, CancellationToken.None));
            TryCancel();
            await Quietly(send);
            await Quietly(heartbeats);
            _stop.Dispose();
        }
    }

    private async Task SendLoopAsync(CancellationToken ct)
    {
        try
        {
            await foreach (var message in _outbox.Reader.ReadAllAsync(ct))
            {
                await _socket.SendAsync(message, WebSocketMessageType.Text, endOfMessage: true, ct);
            }

            if (!_aborted && _socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
            {
                await _socket.CloseOutputAsync(_closeStatus, _closeDescription, ct);
            }
        }
        catch (Exception exception) when (IsDisconnect(exception))
        {
            TryCancel();
        }
    }

    private async Task HeartbeatLoopAsync(TimeSpan interval, TimeProvider time, CancellationToken ct)
    {
        using var timer = new PeriodicTimer(interval, time);
        try
        {
            while (await timer.WaitForNextTickAsync(ct))
            {
                if (TrySend(NotificationMessages.Heartbeat))
                {
                    _counters.HeartbeatSent();
                }
            }
        }
        catch (OperationCanceledException)
        {
            // The socket ended.
        }
    }

    private async Task ReceiveLoopAsync(CancellationToken ct)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(4096);
        try
        {
            while (true)
            {
                var length = 0;
                ValueWebSocketReceiveResult result;
                do
                {
                    if (length == buffer.Length)
                    {
                        if (buffer.Length >= MaxClientFrameBytes)
                        {
                            Close(null, WebSocketCloseStatus.MessageTooBig, "Message too big.");
                            return;
                        }

                        var larger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
                        buffer.AsSpan(0, length).CopyTo(larger);
                        ArrayPool<byte>.Shared.Return(buffer);
                        buffer = larger;
                    }

                    result = await _socket.ReceiveAsync(buffer.AsMemory(length), ct);
                    length += result.Count;
                }
                while (!result.EndOfMessage && result.MessageType != WebSocketMessageType.Close);

                if (result.MessageType == WebSocketMessageType.Close)
                {
                    // The client's close, or its answer to ours: the send loop answers (or has sent) the close frame.
                    Close(null, WebSocketCloseStatus.NormalClosure, "");
                    return;
                }

                if (result.MessageType == WebSocketMessageType.Text && NotificationMessages.IsPing(buffer.AsSpan(0, length)))
                {
                    TrySend(NotificationMessages.Pong);
                }
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static bool IsDisconnect(Exception exception) =>
        exception is OperationCanceledException or WebSocketException or IOException or ObjectDisposedException;

    private static async Task Quietly(Task task)
    {
        try
        {
            await task;
        }
        catch (Exception exception) when (IsDisconnect(exception))
        {
            // Already reported by the loop that owned it.
        }
    }

    private void TryCancel()
    {
        try
        {
            _stop.Cancel();
        }
        catch (ObjectDisposedException)
        {
            // The socket has ended already.
        }
    }

    private void TryCancelAfter(TimeSpan delay)
    {
        try
        {
            _stop.CancelAfter(delay);
        }
        catch (ObjectDisposedException)
        {
            // The socket has ended already.
        }
    }
}
