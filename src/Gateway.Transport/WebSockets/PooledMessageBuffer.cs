using System.Buffers;

namespace Gateway.Transport.WebSockets;

/// <summary>
/// One WebSocket message's bytes in an array rented from <see cref="ArrayPool{T}.Shared"/>: the receive loop
/// accumulates frames in it, and outgoing messages are serialized straight into it (it is a write-only
/// <see cref="Stream"/> for the engine's serializer). Dispose returns the array.
/// </summary>
internal sealed class PooledMessageBuffer : Stream
{
    private const int InitialSize = 4096;

    // Larger arrays go back to the pool after each message, so an idle connection holds only a small one.
    private const int RetainedSize = 16 * 1024;

    private byte[] _buffer;
    private int _length;

    public PooledMessageBuffer(int initialSize = InitialSize)
    {
        _buffer = ArrayPool<byte>.Shared.Rent(initialSize);
    }

    public ReadOnlyMemory<byte> WrittenMemory => _buffer.AsMemory(0, _length);

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => _length;

    public override long Position
    {
        get => _length;
        set => throw new NotSupportedException();
    }

    /// <summary>Free space of at least <paramref name="sizeHint"/> bytes after what is written; <see cref="Advance"/> commits it.</summary>
    public Memory<byte> GetMemory(int sizeHint)
    {
        Ensure(sizeHint);
        return _buffer.AsMemory(_length);
    }

    public void Advance(int count) => _length += count;

    /// <summary>Empties the buffer for the next message.</summary>
    public void Reset()
    {
        _length = 0;
        if (_buffer.Length > RetainedSize)
        {
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = ArrayPool<byte>.Shared.Rent(InitialSize);
        }
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        Ensure(buffer.Length);
        buffer.CopyTo(_buffer.AsSpan(_length));
        _length += buffer.Length;
    }

    public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        Write(buffer.Span);
        return ValueTask.CompletedTask;
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
    {
        Write(buffer.AsSpan(offset, count));
        return Task.CompletedTask;
    }

    public override void Flush()
    {
    }

    public override Task FlushAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing && _buffer.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = [];
            _length = 0;
        }

        base.Dispose(disposing);
    }

    private void Ensure(int sizeHint)
    {
        var needed = _length + Math.Max(sizeHint, 1);
        if (needed <= _buffer.Length)
        {
            return;
        }

        var larger = ArrayPool<byte>.Shared.Rent(Math.Max(needed, _buffer.Length * 2));
        _buffer.AsSpan(0, _length).CopyTo(larger);
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = larger;
    }
}
