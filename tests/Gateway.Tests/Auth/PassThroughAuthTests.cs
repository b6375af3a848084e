using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Gateway.Tests.Infrastructure;
using GenesysCloud.Simulator;

namespace Gateway.Tests.Auth;

/// <summary>
/// <c>Auth:Mode=PassThrough</c>: each caller's own Genesys token goes upstream, its organization is looked up once per
/// token, and two organizations never read each other's cache entries; no token shows in a cache key or a log line.
/// </summary>
public sealed class PassThroughAuthTests(PassThroughGateway fixture) : IClassFixture<PassThroughGateway>
{
    private const string UserQuery = "query($id: ID!) { user(id: $id) { id name } }";
    private const string OrganizationA = PassThroughGateway.OrganizationA;
    private const string OrganizationB = PassThroughGateway.OrganizationB;

    private EmbeddedGenesysSimulator Simulator => fixture.Simulator;

    [Fact]
    public async Task SameUser_OrganizationAThenB_EachCallersTokenUpstreamAndEachOrganizationsOwnData()
    {
        // Arrange: a user whose values differ between the organizations, so a shared entry would show.
        var userId = DistinctUser(skip: 0);
        var (tokenA, otherTokenA, tokenB) = (fixture.TokenOf(OrganizationA), fixture.TokenOf(OrganizationA), fixture.TokenOf(OrganizationB));
        var (callsA, callsB) = (fixture.CallsOf(OrganizationA), fixture.CallsOf(OrganizationB));
        var tokenFetches = Simulator.Calls.Get(SimulatorRoutes.OAuthToken);
        var lookupsA = Simulator.Calls.GetForOrganization(OrganizationA, SimulatorRoutes.OrganizationMe);

        // Act
        var firstA = await QueryAsync(tokenA, UserQuery, new { id = userId });
        var callsAfterFirstA = fixture.CallsOf(OrganizationA);
        var secondA = await QueryAsync(otherTokenA, UserQuery, new { id = userId });
        var callsAfterSecondA = fixture.CallsOf(OrganizationA);
        var firstB = await QueryAsync(tokenB, UserQuery, new { id = userId });

        // Assert: A's two tokens share A's entry (the second only costs its organization look-up); B goes upstream with
        // its own token and gets B's user, not A's cached one. The gateway never fetched a token of its own.
        Assert.Equal(Simulator.Data.GetUser(OrganizationA, userId)!.Name, NameOf(firstA));
        Assert.Equal(Simulator.Data.GetUser(OrganizationA, userId)!.Name, NameOf(secondA));
        Assert.Equal(Simulator.Data.GetUser(OrganizationB, userId)!.Name, NameOf(firstB));
        Assert.Equal(callsA + 2, callsAfterFirstA);
        Assert.Equal(callsAfterFirstA + 1, callsAfterSecondA);
        Assert.Equal(lookupsA + 2, Simulator.Calls.GetForOrganization(OrganizationA, SimulatorRoutes.OrganizationMe));
        Assert.Equal(callsB + 2, fixture.CallsOf(OrganizationB));
        Assert.Equal(callsAfterSecondA, fixture.CallsOf(OrganizationA));
        Assert.Equal(tokenFetches, Simulator.Calls.Get(SimulatorRoutes.OAuthToken));
    }

    [Fact]
    public async Task OrganizationLookup_ConcurrentAndRepeatedRequestsWithOneToken_OncePerToken()
    {
        // Arrange
        var token = fixture.TokenOf(OrganizationB);
        var lookups = Simulator.Calls.GetForOrganization(OrganizationB, SimulatorRoutes.OrganizationMe);
        var userIds = Simulator.Data.UserIds.Skip(20).Take(8).ToList();

        // Act
        var concurrent = await Task.WhenAll(userIds.Take(6).Select(id => QueryAsync(token, UserQuery, new { id })));
        var sequential = new List<GraphQLResponse>();
        foreach (var id in userIds.Skip(6))
        {
            sequential.Add(await QueryAsync(token, UserQuery, new { id }));
        }

        // Assert
        Assert.All(concurrent.Concat(sequential), answer => Assert.False(answer.HasErrors, answer.Body.ToString()));
        Assert.Equal(lookups + 1, Simulator.Calls.GetForOrganization(OrganizationB, SimulatorRoutes.OrganizationMe));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("not-a-token-the-upstream-issued")]
    public async Task Query_MissingOrUnknownToken_Unauthenticated401(string? token)
    {
        // Arrange
        using var http = fixture.Gateway.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query = UserQuery, variables = new { id = Simulator.Data.UserIds[0] } }) };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        var entityCalls = Simulator.Calls.Get(SimulatorRoutes.Users) + Simulator.Calls.Get(SimulatorRoutes.User);

        // Act
        using var response = await http.SendAsync(request);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();

        // Assert
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);
        Assert.Equal("UNAUTHENTICATED", body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        Assert.False(body.TryGetProperty("data", out _));
        Assert.Equal(entityCalls, Simulator.Calls.Get(SimulatorRoutes.Users) + Simulator.Calls.Get(SimulatorRoutes.User));
    }

    [Fact]
    public async Task Query_TokenRevokedAfterItsLookup_UpstreamUnauthorized()
    {
        // Arrange: the token's organization is known (and remembered), then the platform revokes the token.
        var token = fixture.TokenOf(OrganizationA);
        var first = await QueryAsync(token, UserQuery, new { id = Simulator.Data.UserIds[40] });
        Simulator.Tokens.RevokeAll();

        // Act: an entity nobody has cached yet.
        var second = await QueryAsync(token, UserQuery, new { id = Simulator.Data.UserIds[41] });

        // Assert
        Assert.False(first.HasErrors, first.Body.ToString());
        Assert.Equal(HttpStatusCode.OK, second.Status);
        Assert.Equal("UPSTREAM_UNAUTHORIZED", Assert.Single(second.ErrorCodes));
        Assert.Equal(JsonValueKind.Null, second.Data.GetProperty("user").ValueKind);
    }

    [Fact]
    public async Task WebSocket_CallersTokenInConnectionInit_QueriesAnsweredAndSubscriptionsUnavailable()
    {
        // Arrange
        var userId = DistinctUser(skip: 1);
        await using var socket = await GraphQLWebSocket.ConnectAsync(fixture.Gateway.Server);
        var ack = await socket.InitAsync(new { Authorization = $"Bearer {fixture.TokenOf(OrganizationB)}" });

        // Act
        await socket.SendAsync(new { id = "q", type = "subscribe", payload = new { query = UserQuery, variables = new { id = userId } } });
        var next = await socket.ReceiveAsync();
        var complete = await socket.ReceiveAsync();
        await socket.SendAsync(new { id = "s", type = "subscribe", payload = new { query = $"subscription {{ sessionUpdated(sessionId: \"{Simulator.Data.SessionIds[0]}\") {{ id }} }}" } });
        var refused = await socket.ReceiveAsync();

        // Assert
        Assert.Equal("connection_ack", ack?.GetProperty("type").GetString());
        Assert.Equal("next", next?.GetProperty("type").GetString());
        Assert.Equal(Simulator.Data.GetUser(OrganizationB, userId)!.Name, next!.Value.GetProperty("payload").GetProperty("data").GetProperty("user").GetProperty("name").GetString());
        Assert.Equal("complete", complete?.GetProperty("type").GetString());
        Assert.Equal("error", refused?.GetProperty("type").GetString());
        Assert.Equal("SUBSCRIPTIONS_UNAVAILABLE", refused!.Value.GetProperty("payload")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task WebSocket_UnknownTokenInConnectionInit_Closed4403()
    {
        await using var socket = await GraphQLWebSocket.ConnectAsync(fixture.Gateway.Server);

        var answer = await socket.InitAsync(new { token = "not-a-token-the-upstream-issued" });

        Assert.Null(answer);
        Assert.Equal(4403, (int?)socket.Socket.CloseStatus);
    }

    [Fact]
    public async Task CacheKeysAndLogs_QueriesOfBothOrganizations_NoTokenAnywhere()
    {
        // Arrange
        var userId = DistinctUser(skip: 2);
        var (tokenA, tokenB) = (fixture.TokenOf(OrganizationA), fixture.TokenOf(OrganizationB));
        var contactId = Simulator.Data.ExternalContactIds[7];
        const string ContactQuery = "query($id: ID!) { externalContact(id: $id) { id lastName } }";

        // Act
        foreach (var token in new[] { tokenA, tokenB })
        {
            Assert.False((await QueryAsync(token, UserQuery, new { id = userId })).HasErrors);
            Assert.False((await QueryAsync(token, ContactQuery, new { id = contactId })).HasErrors);
        }

        // Assert: the entries of both organizations and both token look-ups are in Redis (written in the background)…
        string[] expected =
        [
            $"gw:v1:{OrganizationA}:", $"gw:v1:{OrganizationB}:",
            $"organization-of-token:{Sha256Hex(tokenA)}", $"organization-of-token:{Sha256Hex(tokenB)}",
        ];
        IReadOnlyList<string> keys = [];
        await Eventually.TrueAsync(
            () =>
            {
                keys = RedisKeys();
                return expected.All(part => keys.Any(key => key.Contains(part, StringComparison.OrdinalIgnoreCase)));
            },
            "both organizations' entries and token look-ups are in Redis");

        // …and no key, nor any log line at the most verbose level, holds a token.
        var tokens = Simulator.Tokens.EverIssued.ToList();
        Assert.NotEmpty(fixture.Logs.Lines);
        foreach (var token in tokens)
        {
            Assert.DoesNotContain(keys, key => key.Contains(token, StringComparison.Ordinal));
            Assert.DoesNotContain(fixture.Logs.Lines, line => line.Contains(token, StringComparison.Ordinal));
        }
    }

    private static string Sha256Hex(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    private static string? NameOf(GraphQLResponse answer)
    {
        Assert.False(answer.HasErrors, answer.Body.ToString());
        return answer.Data.GetProperty("user").GetProperty("name").GetString();
    }

    private List<string> RedisKeys()
    {
        using var redis = StackExchange.Redis.ConnectionMultiplexer.Connect(fixture.Redis.ConnectionString);
        return [.. redis.GetServer(redis.GetEndPoints()[0]).Keys(pattern: "*").Select(key => key.ToString())];
    }

    // The n-th user (from the 60th on, so no other test has cached it) whose name differs between the organizations.
    private string DistinctUser(int skip)
        => Simulator.Data.UserIds.Skip(60)
            .Where(id => Simulator.Data.GetUser(OrganizationA, id)!.Name != Simulator.Data.GetUser(OrganizationB, id)!.Name)
            .Skip(skip)
            .First();

    private async Task<GraphQLResponse> QueryAsync(string token, string query, object variables)
    {
        using var http = fixture.Gateway.CreateClient();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await http.PostGraphQLAsync(query, variables);
    }
}
