using System.IO.Pipelines;
using System.Net.WebSockets;
using System.Text;
using System.Threading.Channels;
using Gateway.Notifications;

namespace Gateway.Tests.Notifications;

/// <summary>
/// Hands the channel an in-memory WebSocket whose other end the test holds: it answers pings (unless told not to) and
/// sends whatever the test scripts, including what the upstream never should. The channel calls stay the simulator's.
/// </summary>
internal sealed class ScriptedSocketConnector : INotificationSocketConnector
{
    private readonly Channel<ScriptedServer> _servers = Channel.CreateUnbounded<ScriptedServer>();

    /// <summary>How many <c>{"message":"ping"}</c> each new server end answers with a pong (the first proves the socket attached).</summary>
    public int PingsToAnswer { get; set; } = int.MaxValue;

    public Task<WebSocket> ConnectAsync(Uri connectUri, CancellationToken cancellationToken)
    {
        var toServer = new Pipe();
        var toClient = new Pipe();
        var client = WebSocket.CreateFromStream(new DuplexStream(toClient.Reader, toServer.Writer), new WebSocketCreationOptions { IsServer = false });
        var server = WebSocket.CreateFromStream(new DuplexStream(toServer.Reader, toClient.Writer), new WebSocketCreationOptions { IsServer = true });
        var scripted = new ScriptedServer(server, PingsToAnswer);
        scripted.Start();
        _servers.Writer.TryWrite(scripted);
        return Task.FromResult(client);
    }

    /// <summary>The server end of the next socket connected.</summary>
    public async Task<ScriptedServer> NextServerAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        return await _servers.Reader.ReadAsync(timeout.Token);
    }

    internal sealed class ScriptedServer(WebSocket socket, int pingsToAnswer)
    {
        private static readonly byte[] Pong = Encoding.UTF8.GetBytes("""{"topicName":"channel.metadata","eventBody":{"message":"pong"}}""");
        private readonly SemaphoreSlim _sending = new(1, 1);
        private int _pings;

        public int Pings => Volatile.Read(ref _pings);

        public void Start() => _ = ReadAsync();

        public Task SendAsync(string text) => SendAsync(Encoding.UTF8.GetBytes(text));

        public async Task SendAsync(byte[] message)
        {
            await _sending.WaitAsync();
            try
            {
                await socket.SendAsync(message, WebSocketMessageType.Text, endOfMessage: true, CancellationToken.None);
            }
            finally
            {
                _sending.Release();
            }
        }

        private async Task ReadAsync()
        {
            var buffer = new byte[4096];
            try
            {
                while (true)
                {
                    var result = await socket.ReceiveAsync(buffer, CancellationToken.None);
                    if (result.MessageType == WebSocketMessageType.Close)
                    {
                        return;
                    }

                    if (Interlocked.Increment(ref _pings) <= pingsToAnswer)
                    {
                        await SendAsync(Pong);
                    }
                }
            }
            catch (Exception exception) when (exception is WebSocketException or IOException or ObjectDisposedException or InvalidOperationException)
            {
                // The client end went away.
            }
        }
    }

    private sealed class DuplexStream(PipeReader reader, PipeWriter writer) : Stream
    {
        private readonly Stream _in = reader.AsStream();
        private readonly Stream _out = writer.AsStream();

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => _in.Read(buffer, offset, count);

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) => _in.ReadAsync(buffer, cancellationToken);

        public override void Write(byte[] buffer, int offset, int count) => _out.Write(buffer, offset, count);

        public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            await _out.WriteAsync(buffer, cancellationToken);
            await _out.FlushAsync(cancellationToken);
        }

        public override void Flush() => _out.Flush();

        public override Task FlushAsync(CancellationToken cancellationToken) => _out.FlushAsync(cancellationToken);

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                // An aborted socket must end the read it is waiting in, as a closed network stream does.
                reader.CancelPendingRead();
                reader.Complete();
                writer.Complete();
            }

            base.Dispose(disposing);
        }
    }
}
