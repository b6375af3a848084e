using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.WebSockets;
using System.Text.Json;
using Gateway.Tests.Infrastructure;

namespace Gateway.Tests.Auth;

/// <summary>
/// <c>Auth:Mode=Service</c>: ASP.NET Core's JWT bearer handler, keys from a loopback authority's discovery document,
/// decides every GraphQL request on every transport; a refusal is 401 with a GraphQL error body, on a WebSocket 4403.
/// </summary>
public sealed class ServiceModeAuthTests(ServiceModeGateway fixture) : IClassFixture<ServiceModeGateway>
{
    private const string Query = "query($id: ID!) { user(id: $id) { id name } }";

    public static TheoryData<string> RefusedTokens => ["missing", "expired", "wrong-audience", "wrong-signature", "garbage"];

    private string UserId => fixture.Gateway.Simulator.Data.UserIds[3];

    private string ExpectedName
    {
        get
        {
            var simulator = fixture.Gateway.Simulator;
            return simulator.Data.GetUser(simulator.Data.DefaultOrganizationId, UserId)!.Name!;
        }
    }

    [Theory]
    [MemberData(nameof(RefusedTokens))]
    public async Task Post_RefusedToken_Unauthenticated401WithGraphQLErrorBody(string kind)
    {
        // Arrange
        using var http = fixture.Gateway.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query = Query, variables = new { id = UserId } }) };
        Authorize(request, kind);
        var callsBefore = fixture.Gateway.Simulator.Calls.Total;

        // Act
        using var response = await http.SendAsync(request);

        // Assert
        await AssertUnauthenticatedAsync(response);
        Assert.Equal(callsBefore, fixture.Gateway.Simulator.Calls.Total);
    }

    [Theory]
    [MemberData(nameof(RefusedTokens))]
    public async Task Get_RefusedToken_Unauthenticated401WithGraphQLErrorBody(string kind)
    {
        // Arrange
        using var http = fixture.Gateway.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/graphql?query={Uri.EscapeDataString("{ __typename }")}");
        request.Headers.Accept.ParseAdd("application/graphql-response+json");
        Authorize(request, kind);

        // Act
        using var response = await http.SendAsync(request);

        // Assert
        await AssertUnauthenticatedAsync(response);
    }

    [Theory]
    [MemberData(nameof(RefusedTokens))]
    public async Task Sse_RefusedToken_Unauthenticated401BeforeAnyStream(string kind)
    {
        // Arrange
        using var http = fixture.Gateway.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/graphql?query={Uri.EscapeDataString("{ __typename }")}");
        request.Headers.Accept.ParseAdd("text/event-stream");
        Authorize(request, kind);

        // Act
        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);

        // Assert
        Assert.NotEqual("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        await AssertUnauthenticatedAsync(response);
    }

    [Theory]
    [MemberData(nameof(RefusedTokens))]
    public async Task WebSocket_RefusedTokenInConnectionInit_Closed4403(string kind)
    {
        // Arrange
        await using var socket = await GraphQLWebSocket.ConnectAsync(fixture.Gateway.Server);
        var token = TokenOf(kind);

        // Act
        var answer = await socket.InitAsync(token is null ? null : new { Authorization = $"Bearer {token}" });

        // Assert
        Assert.Null(answer);
        Assert.Equal(4403, (int?)socket.Socket.CloseStatus);
        Assert.Equal("Forbidden", socket.Socket.CloseStatusDescription);
    }

    [Theory]
    [MemberData(nameof(RefusedTokens))]
    public async Task WebSocket_RefusedTokenOnUpgradeRequest_Closed4403AtInit(string kind)
    {
        // Arrange
        var token = TokenOf(kind);
        await using var socket = await GraphQLWebSocket.ConnectAsync(fixture.Gateway.Server, token is null ? null : $"Bearer {token}");

        // Act
        var answer = await socket.InitAsync(payload: null);

        // Assert
        Assert.Null(answer);
        Assert.Equal(4403, (int?)socket.Socket.CloseStatus);
    }

    [Fact]
    public async Task PostAndGet_ValidToken_Data()
    {
        // Arrange
        using var http = fixture.Gateway.CreateClient();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", fixture.Authority.CreateToken(ServiceModeGateway.Audience));

        // Act
        var post = await http.PostGraphQLAsync(Query, new { id = UserId });
        using var get = await http.GetAsync($"/graphql?query={Uri.EscapeDataString($"{{ user(id: \"{UserId}\") {{ name }} }}")}");
        var getBody = await get.Content.ReadFromJsonAsync<JsonElement>();

        // Assert
        Assert.Equal(HttpStatusCode.OK, post.Status);
        Assert.False(post.HasErrors, post.Body.ToString());
        Assert.Equal(ExpectedName, post.Data.GetProperty("user").GetProperty("name").GetString());
        Assert.Equal(HttpStatusCode.OK, get.StatusCode);
        Assert.Equal(ExpectedName, getBody.GetProperty("data").GetProperty("user").GetProperty("name").GetString());
        Assert.True(fixture.Authority.MetadataRequests >= 2, "the handler read the discovery document and the keys from the authority");
    }

    [Fact]
    public async Task Sse_ValidToken_StreamsTheResult()
    {
        // Arrange
        using var http = fixture.Gateway.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/graphql?query={Uri.EscapeDataString($"{{ user(id: \"{UserId}\") {{ name }} }}")}");
        request.Headers.Accept.ParseAdd("text/event-stream");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", fixture.Authority.CreateToken(ServiceModeGateway.Audience));

        // Act
        using var response = await http.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("event: next", body, StringComparison.Ordinal);
        Assert.Contains(JsonSerializer.Serialize(ExpectedName), body, StringComparison.Ordinal);
        Assert.Contains("event: complete", body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("payload-authorization")]
    [InlineData("payload-token")]
    [InlineData("upgrade-header")]
    public async Task WebSocket_ValidToken_AcknowledgedAndAnswered(string where)
    {
        // Arrange
        var token = fixture.Authority.CreateToken(ServiceModeGateway.Audience);
        await using var socket = await GraphQLWebSocket.ConnectAsync(fixture.Gateway.Server, where == "upgrade-header" ? $"Bearer {token}" : null);
        object? payload = where switch
        {
            "payload-authorization" => new { Authorization = $"Bearer {token}" },
            "payload-token" => new { token },
            _ => null,
        };

        // Act
        var ack = await socket.InitAsync(payload);
        await socket.SendAsync(new { id = "1", type = "subscribe", payload = new { query = Query, variables = new { id = UserId } } });
        var next = await socket.ReceiveAsync();

        // Assert
        Assert.Equal("connection_ack", ack?.GetProperty("type").GetString());
        Assert.Equal("next", next?.GetProperty("type").GetString());
        Assert.Equal(ExpectedName, next!.Value.GetProperty("payload").GetProperty("data").GetProperty("user").GetProperty("name").GetString());
        Assert.Equal(WebSocketState.Open, socket.Socket.State);
    }

    [Theory]
    [InlineData("/health")]
    [InlineData("/alive")]
    public async Task HealthEndpoints_NoToken_StayOpen(string path)
    {
        using var http = fixture.Gateway.CreateClient();

        using var response = await http.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private static async Task AssertUnauthenticatedAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.False(body.TryGetProperty("data", out _), body.ToString());
        var error = Assert.Single(body.GetProperty("errors").EnumerateArray());
        Assert.Equal("UNAUTHENTICATED", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.False(string.IsNullOrWhiteSpace(error.GetProperty("message").GetString()));
    }

    private void Authorize(HttpRequestMessage request, string kind)
    {
        if (TokenOf(kind) is { } token)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }
    }

    private string? TokenOf(string kind) => kind switch
    {
        "missing" => null,
        "expired" => fixture.Authority.CreateToken(ServiceModeGateway.Audience, lifetime: TimeSpan.FromMinutes(-10)),
        "wrong-audience" => fixture.Authority.CreateToken("some-other-api"),
        "wrong-signature" => fixture.Authority.CreateToken(ServiceModeGateway.Audience, wrongKey: true),
        "garbage" => "not-a-jwt",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };
}
