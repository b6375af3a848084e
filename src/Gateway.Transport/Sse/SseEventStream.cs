using System.Buffers;
using System.IO.Pipelines;
using System.Threading.Channels;

namespace Gateway.Transport.Sse;

/// <summary>
/// The messages waiting for one event stream and the one loop that writes them: operations (one in distinct connections
/// mode, many in single connection mode) queue their events, keep-alive comments join the same queue, and
/// <see cref="PumpAsync"/> is the only writer of the response, so writes never interleave. The queue is bounded: a
/// producer waits while it is full, so a client that does not read pushes back on the operations' own bounded buffers,
/// whose overflow ends the stream.
/// </summary>
internal sealed class SseEventStream
{
    private readonly Channel<ReadOnlyMemory<byte>> _messages;

    public SseEventStream(int capacity)
    {
        _messages = Channel.CreateBounded<ReadOnlyMemory<byte>>(new BoundedChannelOptions(capacity)
        {
            SingleReader = true,
            SingleWriter = false,
            FullMode = BoundedChannelFullMode.Wait,
        });
    }

    /// <summary>Queues a message, waiting while the queue is full; throws once the stream has ended.</summary>
    public ValueTask WriteAsync(ReadOnlyMemory<byte> message, CancellationToken cancellationToken)
        => _messages.Writer.WriteAsync(message, cancellationToken);

    /// <summary>Queues a message unless the queue is full or the stream has ended.</summary>
    public bool TryWrite(ReadOnlyMemory<byte> message) => _messages.Writer.TryWrite(message);

    /// <summary>No more messages: the pump writes what is queued and returns.</summary>
    public void Complete() => _messages.Writer.TryComplete();

    /// <summary>
    /// Writes queued messages to <paramref name="body"/>, flushing after each batch, and a keep-alive comment every
    /// <paramref name="keepAliveInterval"/>, until <see cref="Complete"/> (returns) or cancellation (throws).
    /// </summary>
    public async Task PumpAsync(PipeWriter body, TimeSpan keepAliveInterval, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        // A full queue already keeps the connection busy, so a keep-alive that does not fit is simply skipped.
        using var keepAlive = timeProvider.CreateTimer(
            static state => ((SseEventStream)state!).TryWrite(SseMessages.KeepAlive),
            this,
            keepAliveInterval,
            keepAliveInterval);
        try
        {
            var reader = _messages.Reader;
            while (await reader.WaitToReadAsync(cancellationToken))
            {
                while (reader.TryRead(out var message))
                {
                    body.Write(message.Span);
                }

                var flushed = await body.FlushAsync(cancellationToken);
                if (flushed.IsCompleted || flushed.IsCanceled)
                {
                    return;
                }
            }
        }
        finally
        {
            // Producers waiting for room must not wait for a writer that has gone.
            _messages.Writer.TryComplete();
        }
    }
}
