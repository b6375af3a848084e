using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using Gateway.Tests.Infrastructure;

namespace Gateway.Tests.Limits;

/// <summary>The limits hold over graphql-transport-ws too: the same executor and steps, the refusal as an <c>error</c> message.</summary>
public sealed class OperationLimitsWebSocketTests(GatewayFactory gateway) : IClassFixture<GatewayFactory>
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    public static TheoryData<string, string> Hostile => new()
    {
        { HostileDocuments.ExponentialFragments(40), "MAX_FRAGMENT_EXPANSION_EXCEEDED" },
        { HostileDocuments.Huge(200_000), "MAX_DOCUMENT_SIZE_EXCEEDED" },
        { HostileDocuments.Deep(5), "MAX_DEPTH_EXCEEDED" },
        { HostileDocuments.Expensive(2), "MAX_COST_EXCEEDED" },
        { HostileDocuments.IntrospectionFanOut(10), "MAX_INTROSPECTION_EXCEEDED" },
        { HostileDocuments.Deep(5, "subscription { sessionUpdated(sessionId: \"x\")"), "MAX_DEPTH_EXCEEDED" },
    };

    [Theory]
    [MemberData(nameof(Hostile))]
    public async Task HostileDocument_OverTheWebSocket_ErrorMessageWithCodeThenQueryOnTheSameSocketAnswered(string query, string code)
    {
        // Arrange
        using var socket = await ConnectAndInitAsync();

        // Act
        await SendAsync(socket, new { id = "hostile", type = "subscribe", payload = new { query } });
        var refusal = await ReceiveAsync(socket);
        await SendAsync(socket, new
        {
            id = "normal",
            type = "subscribe",
            payload = new { query = HostileDocuments.FirstQuery, variables = new { contact = ContactWithSessions() } },
        });
        var next = await ReceiveAsync(socket);

        // Assert
        Assert.Equal("error", refusal.GetProperty("type").GetString());
        Assert.Equal("hostile", refusal.GetProperty("id").GetString());
        Assert.Equal(code, refusal.GetProperty("payload")[0].GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal("next", next.GetProperty("type").GetString());
        Assert.False(next.GetProperty("payload").TryGetProperty("errors", out _), next.ToString());
        Assert.True(next.GetProperty("payload").GetProperty("data").GetProperty("sessionsByExternalContact").GetProperty("nodes").GetArrayLength() > 0);
    }

    private async Task<WebSocket> ConnectAndInitAsync()
    {
        var client = gateway.Server.CreateWebSocketClient();
        client.SubProtocols.Add("graphql-transport-ws");
        using var cancellation = new CancellationTokenSource(Timeout);
        var socket = await client.ConnectAsync(new Uri(gateway.Server.BaseAddress, "graphql"), cancellation.Token);
        await SendAsync(socket, new { type = "connection_init" });
        Assert.Equal("connection_ack", (await ReceiveAsync(socket)).GetProperty("type").GetString());
        return socket;
    }

    private static async Task SendAsync(WebSocket socket, object message)
    {
        using var cancellation = new CancellationTokenSource(Timeout);
        await socket.SendAsync(JsonSerializer.SerializeToUtf8Bytes(message), WebSocketMessageType.Text, endOfMessage: true, cancellation.Token);
    }

    private static async Task<JsonElement> ReceiveAsync(WebSocket socket)
    {
        using var cancellation = new CancellationTokenSource(Timeout);
        using var message = new MemoryStream();
        var buffer = new byte[8192];
        while (true)
        {
            var result = await socket.ReceiveAsync(buffer, cancellation.Token);
            Assert.NotEqual(WebSocketMessageType.Close, result.MessageType);
            message.Write(buffer, 0, result.Count);
            if (result.EndOfMessage)
            {
                return JsonDocument.Parse(Encoding.UTF8.GetString(message.ToArray())).RootElement.Clone();
            }
        }
    }

    private string ContactWithSessions()
        => gateway.Simulator.Data.Sessions(gateway.Simulator.Data.DefaultOrganizationId).First(s => s.ExternalContact is not null).ExternalContact!.Id!;
}
