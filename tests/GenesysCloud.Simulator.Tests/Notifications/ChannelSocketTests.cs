using System.Net.WebSockets;
using System.Text;
using GenesysCloud.Simulator.Notifications;
using Microsoft.AspNetCore.Http;

namespace GenesysCloud.Simulator.Tests.Notifications;

[Collection(NotificationTestCollection.Name)]
public sealed class ChannelSocketTests
{
    private static readonly ReadOnlyMemory<byte> Message = Encoding.UTF8.GetBytes("""{"topicName":"t","version":"2","eventBody":{},"metadata":{"CorrelationId":"c"}}""");

    [Fact]
    public async Task TrySend_ClientNotReading_DropsPastTheQueueBoundAtOnce()
    {
        // Arrange: a client that takes nothing, so the socket's one write never completes.
        await using var stream = new StalledStream();
        using var webSocket = WebSocket.CreateFromStream(stream, new WebSocketCreationOptions { IsServer = true, KeepAliveInterval = TimeSpan.Zero });
        var counters = new NotificationCounters();
        var socket = new ChannelSocket(webSocket, new DefaultHttpContext(), counters, queueCapacity: 2);
        using var stop = new CancellationTokenSource();
        var run = socket.RunAsync(TimeSpan.FromHours(1), TimeProvider.System, stop.Token);
        Assert.True(socket.TrySend(Message));
        await stream.FirstWrite.WaitAsync(TimeSpan.FromSeconds(10));

        // Act
        var accepted = Enumerable.Range(0, 10).Select(_ => socket.TrySend(Message)).ToList();

        // Assert: the queue holds two, the other eight are dropped without waiting.
        Assert.Equal(2, accepted.Count(a => a));
        Assert.Equal(8, counters.Snapshot().EventsDropped);
        await stop.CancelAsync();
        await run.WaitAsync(TimeSpan.FromSeconds(10));
    }

    /// <summary>A connection whose reads and writes never complete until cancelled or disposed.</summary>
    private sealed class StalledStream : Stream
    {
        private readonly TaskCompletionSource _firstWrite = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly TaskCompletionSource _disposed = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task FirstWrite => _firstWrite.Task;

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            await _disposed.Task.WaitAsync(cancellationToken);
            return 0;
        }

        public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            _firstWrite.TrySetResult();
            await _disposed.Task.WaitAsync(cancellationToken);
            throw new ObjectDisposedException(nameof(StalledStream));
        }

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override void Flush()
        {
        }

        public override Task FlushAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            _disposed.TrySetResult();
            base.Dispose(disposing);
        }
    }
}
