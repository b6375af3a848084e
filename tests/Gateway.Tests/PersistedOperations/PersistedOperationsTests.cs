using System.Net;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using Gateway.Telemetry;
using Gateway.Tests.Infrastructure;
using Gateway.Transport.PersistedOperations;
using GraphQL.DI;
using Microsoft.Extensions.DependencyInjection;

namespace Gateway.Tests.PersistedOperations;

/// <summary>Automatic persisted queries through the whole gateway, on memory only (the embedded default).</summary>
public sealed class PersistedOperationsTests(GatewayFactory gateway) : IClassFixture<GatewayFactory>
{
    private PersistedOperationMetrics Metrics => gateway.Services.GetRequiredService<PersistedOperationMetrics>();

    [Fact]
    public async Task HashOnly_BeforeRegistration_IsPersistedQueryNotFoundOverPostAndGet()
    {
        using var client = gateway.CreateClient();
        var hash = PersistedQueryClient.Hash($"{{ user(id: \"{Guid.NewGuid()}\") {{ id }} }}");

        var overPost = await client.PostHashAsync(hash);
        var overGet = await client.GetHashAsync(hash);

        foreach (var answer in new[] { overPost, overGet })
        {
            Assert.Equal(HttpStatusCode.OK, answer.Status);
            Assert.Equal([PersistedQueryNotFoundError.ErrorCode], answer.ErrorCodes);
            Assert.Equal("PersistedQueryNotFound", answer.Errors[0].GetProperty("message").GetString());
            Assert.False(answer.Body.TryGetProperty("data", out _));
        }
    }

    [Fact]
    public async Task Registration_AnswersTheData_ThenTheHashAloneAnswersWithOtherVariables()
    {
        // Arrange: a text of its own, so other tests of the class cannot have registered it.
        using var client = gateway.CreateClient();
        var query = PersistedQueryClient.UserQuery.Replace("PersistedUser", $"PersistedUser{Guid.NewGuid():N}", StringComparison.Ordinal);
        var hash = PersistedQueryClient.Hash(query);
        var users = gateway.Simulator.Data.UserIds;
        var registrations = Metrics.Registrations;

        // Act
        var miss = await client.PostHashAsync(hash, new { id = users[0] });
        var registration = await client.PostHashAsync(hash, new { id = users[0] }, query);
        var overGet = await client.GetHashAsync(hash, new { id = users[1] });
        var overPost = await client.PostHashAsync(hash, new { id = users[2] });

        // Assert
        Assert.Equal([PersistedQueryNotFoundError.ErrorCode], miss.ErrorCodes);
        Assert.False(registration.HasErrors, registration.Body.ToString());
        Assert.Equal(users[0], registration.Data.GetProperty("user").GetProperty("id").GetString());
        Assert.Equal(HttpStatusCode.OK, overGet.Status);
        Assert.Equal(users[1], overGet.Data.GetProperty("user").GetProperty("id").GetString());
        Assert.Equal(users[2], overPost.Data.GetProperty("user").GetProperty("id").GetString());
        Assert.Equal(registrations + 1, Metrics.Registrations);
    }

    [Fact]
    public async Task WrongHash_IsRefusedWith400_AndRegistersNothing()
    {
        using var client = gateway.CreateClient();
        var wrongHash = PersistedQueryClient.Hash($"{{ user(id: \"{Guid.NewGuid()}\") {{ id }} }}");

        var refused = await client.PostHashAsync(wrongHash, new { id = gateway.Simulator.Data.UserIds[0] }, PersistedQueryClient.UserQuery);
        var later = await client.PostHashAsync(wrongHash);

        Assert.Equal(HttpStatusCode.BadRequest, refused.Status);
        Assert.Equal([PersistedQueryHashMismatchError.ErrorCode], refused.ErrorCodes);
        Assert.Equal([PersistedQueryNotFoundError.ErrorCode], later.ErrorCodes);
    }

    [Fact]
    public async Task WebSocket_HashOnlyBeforeRegistration_IsPersistedQueryNotFound_ThenRegistrationAndTheHashAloneAnswer()
    {
        // Arrange
        var query = $"query Ws{Guid.NewGuid():N}($id: ID!) {{ user(id: $id) {{ id }} }}";
        var hash = PersistedQueryClient.Hash(query);
        var user = gateway.Simulator.Data.UserIds[3];
        var webSocketClient = gateway.Server.CreateWebSocketClient();
        webSocketClient.SubProtocols.Add("graphql-transport-ws");
        using var socket = await webSocketClient.ConnectAsync(new Uri(gateway.Server.BaseAddress, "/graphql"), CancellationToken.None);
        await SendAsync(socket, new { type = "connection_init" });
        Assert.Equal("connection_ack", (await ReceiveAsync(socket)).GetProperty("type").GetString());

        // Act
        await SendAsync(socket, new { id = "miss", type = "subscribe", payload = new { variables = new { id = user }, extensions = PersistedQueryClient.Apq(hash) } });
        var miss = await ReceiveAsync(socket);
        await SendAsync(socket, new { id = "register", type = "subscribe", payload = new { query, variables = new { id = user }, extensions = PersistedQueryClient.Apq(hash) } });
        var registered = await ReceiveAsync(socket);
        Assert.Equal("complete", (await ReceiveAsync(socket)).GetProperty("type").GetString());
        await SendAsync(socket, new { id = "hit", type = "subscribe", payload = new { variables = new { id = user }, extensions = PersistedQueryClient.Apq(hash) } });
        var hit = await ReceiveAsync(socket);

        // Assert
        Assert.Equal("error", miss.GetProperty("type").GetString());
        Assert.Equal(PersistedQueryNotFoundError.ErrorCode, miss.GetProperty("payload")[0].GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal(user, registered.GetProperty("payload").GetProperty("data").GetProperty("user").GetProperty("id").GetString());
        Assert.Equal("next", hit.GetProperty("type").GetString());
        Assert.Equal(user, hit.GetProperty("payload").GetProperty("data").GetProperty("user").GetProperty("id").GetString());
    }

    [Fact]
    public void PersistedOperationStep_RunsBeforeEveryOtherExecutionStepButTheOperationSpan()
    {
        // The limits and the document cache must see the text a hash resolves to, so the step sorts first; only the
        // operation's span and metrics wrap it, so that a PERSISTED_QUERY_NOT_FOUND is traced and counted.
        var steps = gateway.Services.GetServices<IConfigureExecution>().OrderBy(step => step.SortOrder).ToList();

        Assert.IsType<OperationTelemetry>(steps[0]);
        Assert.IsType<PersistedOperationResolver>(steps[1]);
        Assert.All(steps.Skip(2), step => Assert.True(step.SortOrder > steps[1].SortOrder, step.GetType().Name));
    }

    private static Task SendAsync(WebSocket socket, object message)
        => socket.SendAsync(JsonSerializer.SerializeToUtf8Bytes(message), WebSocketMessageType.Text, endOfMessage: true, CancellationToken.None);

    private static async Task<JsonElement> ReceiveAsync(WebSocket socket)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        using var message = new MemoryStream();
        var buffer = new byte[8192];
        while (true)
        {
            var result = await socket.ReceiveAsync(buffer, timeout.Token);
            Assert.NotEqual(WebSocketMessageType.Close, result.MessageType);
            message.Write(buffer, 0, result.Count);
            if (result.EndOfMessage)
            {
                return JsonDocument.Parse(Encoding.UTF8.GetString(message.ToArray())).RootElement.Clone();
            }
        }
    }
}
