using System.Net;
using Gateway.Tests.Infrastructure;

namespace Gateway.Tests.Auth;

/// <summary>With no <c>Auth:Mode</c>, the embedded default stays open: no token, data.</summary>
public sealed class EmbeddedDefaultAuthTests : IAsyncLifetime
{
    private readonly GatewayFactory _gateway = new();

    public Task InitializeAsync() => _gateway.InitializeAsync();

    public Task DisposeAsync() => ((IAsyncLifetime)_gateway).DisposeAsync();

    [Fact]
    public async Task Query_NoToken_Answered()
    {
        // Arrange
        using var http = _gateway.CreateClient();
        var userId = _gateway.Simulator.Data.UserIds[5];

        // Act
        var answer = await http.PostGraphQLAsync("query($id: ID!) { user(id: $id) { name } }", new { id = userId });
        await using var socket = await GraphQLWebSocket.ConnectAsync(_gateway.Server);
        var ack = await socket.InitAsync(payload: null);

        // Assert
        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.False(answer.HasErrors, answer.Body.ToString());
        Assert.Equal(_gateway.Simulator.Data.GetUser(_gateway.Simulator.Data.DefaultOrganizationId, userId)!.Name, answer.Data.GetProperty("user").GetProperty("name").GetString());
        Assert.Equal("connection_ack", ack?.GetProperty("type").GetString());
    }
}
