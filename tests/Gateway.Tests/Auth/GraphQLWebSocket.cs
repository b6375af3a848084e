using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.TestHost;

namespace Gateway.Tests.Auth;

/// <summary>A graphql-transport-ws client over the test server, for the handshake and close codes auth decides.</summary>
public sealed class GraphQLWebSocket : IAsyncDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(15);

    private GraphQLWebSocket(WebSocket socket) => Socket = socket;

    public WebSocket Socket { get; }

    /// <summary>Opens the socket, with <paramref name="authorization"/> as the upgrade request's header when given.</summary>
    public static async Task<GraphQLWebSocket> ConnectAsync(TestServer server, string? authorization = null)
    {
        var client = server.CreateWebSocketClient();
        client.SubProtocols.Add("graphql-transport-ws");
        if (authorization is not null)
        {
            client.ConfigureRequest = request => request.Headers.Authorization = authorization;
        }

        using var timeout = new CancellationTokenSource(Timeout);
        var socket = await client.ConnectAsync(new UriBuilder(server.BaseAddress) { Scheme = "ws", Path = "/graphql" }.Uri, timeout.Token);
        return new GraphQLWebSocket(socket);
    }

    public async Task SendAsync(object message)
    {
        using var timeout = new CancellationTokenSource(Timeout);
        await Socket.SendAsync(JsonSerializer.SerializeToUtf8Bytes(message), WebSocketMessageType.Text, endOfMessage: true, timeout.Token);
    }

    /// <summary>The next message, or null when the server closed the socket (then <see cref="WebSocket.CloseStatus"/> says why).</summary>
    public async Task<JsonElement?> ReceiveAsync()
    {
        using var timeout = new CancellationTokenSource(Timeout);
        var buffer = new byte[64 * 1024];
        var text = new StringBuilder();
        while (true)
        {
            var result = await Socket.ReceiveAsync(buffer, timeout.Token);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return null;
            }

            text.Append(Encoding.UTF8.GetString(buffer, 0, result.Count));
            if (result.EndOfMessage)
            {
                return JsonDocument.Parse(text.ToString()).RootElement.Clone();
            }
        }
    }

    /// <summary>Sends <c>connection_init</c> with <paramref name="payload"/>; the server's answer (ack), or null once it closed.</summary>
    public async Task<JsonElement?> InitAsync(object? payload)
    {
        await SendAsync(payload is null ? new { type = "connection_init" } : new { type = "connection_init", payload });
        return await ReceiveAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (Socket.State == WebSocketState.Open)
        {
            using var timeout = new CancellationTokenSource(Timeout);
            try
            {
                await Socket.CloseAsync(WebSocketCloseStatus.NormalClosure, null, timeout.Token);
            }
            catch (Exception ex) when (ex is WebSocketException or OperationCanceledException)
            {
                // The server went first.
            }
        }

        Socket.Dispose();
    }
}
