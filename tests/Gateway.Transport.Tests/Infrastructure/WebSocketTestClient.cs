using System.Net.Sockets;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;

namespace Gateway.Transport.Tests.Infrastructure;

/// <summary>A raw <see cref="ClientWebSocket"/> speaking JSON text messages, for protocol tests that need to misbehave.</summary>
public sealed class WebSocketTestClient : IAsyncDisposable
{
    private static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(10);

    private WebSocketTestClient(ClientWebSocket socket, Socket transport)
    {
        Socket = socket;
        Transport = transport;
    }

    public ClientWebSocket Socket { get; }

    /// <summary>The TCP socket underneath, e.g. to see how many bytes wait unread (<see cref="Socket.Available"/>).</summary>
    public Socket Transport { get; }

    /// <summary>Connects offering <paramref name="subprotocols"/> (by default <c>graphql-transport-ws</c>).</summary>
    public static Task<WebSocketTestClient> ConnectAsync(Uri endpoint, params string[] subprotocols)
        => ConnectAsync(endpoint, receiveBufferBytes: null, subprotocols);

    /// <summary>Connects with a fixed TCP receive buffer (a small one makes a client that does not read back-pressure the server early).</summary>
    public static async Task<WebSocketTestClient> ConnectAsync(Uri endpoint, int? receiveBufferBytes, params string[] subprotocols)
    {
        var socket = new ClientWebSocket();
        foreach (var subprotocol in subprotocols.Length == 0 ? ["graphql-transport-ws"] : subprotocols)
        {
            socket.Options.AddSubProtocol(subprotocol);
        }

        Socket? transport = null;
        using var handler = new SocketsHttpHandler
        {
            ConnectCallback = async (context, cancellationToken) =>
            {
                var tcp = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
                if (receiveBufferBytes is { } size)
                {
                    tcp.ReceiveBufferSize = size;
                }

                await tcp.ConnectAsync(context.DnsEndPoint, cancellationToken);
                transport = tcp;
                return new NetworkStream(tcp, ownsSocket: true);
            },
        };
        using var invoker = new HttpMessageInvoker(handler, disposeHandler: false);
        using var timeout = new CancellationTokenSource(DefaultTimeout);
        await socket.ConnectAsync(endpoint, invoker, timeout.Token);
        return new WebSocketTestClient(socket, transport!);
    }

    /// <summary>Connects, sends <c>connection_init</c> and expects <c>connection_ack</c>.</summary>
    public static async Task<WebSocketTestClient> ConnectAndInitAsync(Uri endpoint)
    {
        var client = await ConnectAsync(endpoint);
        await client.SendAsync(new { type = "connection_init" });
        var ack = await client.ReceiveMessageAsync();
        Assert.Equal("connection_ack", ack.GetProperty("type").GetString());
        return client;
    }

    /// <summary>Sends <paramref name="text"/> verbatim as one text message.</summary>
    public async Task SendTextAsync(string text)
    {
        using var timeout = new CancellationTokenSource(DefaultTimeout);
        await Socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, endOfMessage: true, timeout.Token);
    }

    /// <summary>Sends <paramref name="message"/> serialized as JSON.</summary>
    public Task SendAsync(object message) => SendTextAsync(JsonSerializer.Serialize(message));

    /// <summary>Sends a <c>subscribe</c> for <paramref name="query"/>.</summary>
    public Task SubscribeAsync(string id, string query) => SendAsync(new { id, type = "subscribe", payload = new { query } });

    /// <summary>Receives the next message, or the close frame.</summary>
    public async Task<WebSocketTestReceived> ReceiveAsync(TimeSpan? timeout = null)
    {
        using var cancellation = new CancellationTokenSource(timeout ?? DefaultTimeout);
        using var message = new MemoryStream();
        var buffer = new byte[8192];
        while (true)
        {
            var result = await Socket.ReceiveAsync(buffer, cancellation.Token);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return new WebSocketTestReceived(null, (int?)result.CloseStatus, result.CloseStatusDescription);
            }

            message.Write(buffer, 0, result.Count);
            if (result.EndOfMessage)
            {
                using var document = JsonDocument.Parse(message.ToArray());
                return new WebSocketTestReceived(document.RootElement.Clone(), null, null);
            }
        }
    }

    /// <summary>Receives the next message; fails on a close frame.</summary>
    public async Task<JsonElement> ReceiveMessageAsync(TimeSpan? timeout = null)
    {
        var received = await ReceiveAsync(timeout);
        Assert.True(received.Message.HasValue, $"Expected a message, got close {received.CloseCode} '{received.CloseReason}'.");
        return received.Message.Value;
    }

    /// <summary>Receives until the close frame (failing on any message in between) and answers it.</summary>
    public async Task<(int? Code, string? Reason)> ReceiveCloseAsync(TimeSpan? timeout = null)
    {
        var received = await ReceiveAsync(timeout);
        Assert.True(received.Message is null, $"Expected the close frame, got {received.Message}.");
        if (Socket.State == WebSocketState.CloseReceived)
        {
            await Socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
        }

        return (received.CloseCode, received.CloseReason);
    }

    public async ValueTask DisposeAsync()
    {
        if (Socket.State == WebSocketState.Open)
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
            try
            {
                await Socket.CloseAsync(WebSocketCloseStatus.NormalClosure, null, timeout.Token);
            }
            catch (Exception ex) when (ex is WebSocketException or OperationCanceledException)
            {
                // The server went first or is gone; nothing to clean up.
            }
        }

        Socket.Dispose();
    }
}
