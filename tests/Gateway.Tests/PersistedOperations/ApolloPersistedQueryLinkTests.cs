using System.Text.Json;
using Gateway.Tests.Infrastructure;
using Gateway.Transport.PersistedOperations;
using Gateway.Transport.Tests.Infrastructure;

namespace Gateway.Tests.PersistedOperations;

/// <summary>
/// The real npm Apollo Client (<c>@apollo/client</c>'s <c>PersistedQueryLink</c>, <c>tests/conformance</c>) against the
/// gateway on a socket: its first hashed request misses, it retries with the text, and later requests send the hash alone.
/// </summary>
public sealed class ApolloPersistedQueryLinkTests
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task PersistedQueryLink_MissesThenRegisters_ThenSendsTheHashAlone(bool useGetForHashedQueries)
    {
        // Arrange
        await using var gateway = new GatewayFactory { UseRealSocket = true };
        await gateway.InitializeAsync();
        var users = gateway.Simulator.Data.UserIds;
        // A text of its own per case: the link hashes the printed document, so both cases would share one otherwise.
        var query = $"query ApolloUser{(useGetForHashedQueries ? "Get" : "Post")}($id: ID!) {{ user(id: $id) {{ id name }} }}";
        var scenario = new
        {
            useGETForHashedQueries = useGetForHashedQueries,
            operations = new[]
            {
                new { name = "first", query, variables = new { id = users[0] } },
                new { name = "second", query, variables = new { id = users[1] } },
            },
        };

        // Act
        await using var script = await NodeScriptProcess.StartAsync("apollo-persisted-queries-client.mjs", [gateway.GraphQLEndpoint.AbsoluteUri, JsonSerializer.Serialize(scenario)]);
        var lines = await script.ReadToEndAsync(TimeSpan.FromSeconds(60));

        // Assert
        Assert.True(lines.Any(l => l.GetProperty("type").GetString() == "done"), string.Join('\n', lines) + script.Stderr);
        var requests = lines.Where(l => l.GetProperty("type").GetString() == "request").ToList();
        var hashedMethod = useGetForHashedQueries ? "GET" : "POST";
        Assert.Collection(
            requests,
            miss => AssertRequest(miss, hashedMethod, hasQuery: false, PersistedQueryNotFoundError.ErrorCode),
            registration => AssertRequest(registration, "POST", hasQuery: true, code: null),
            hit => AssertRequest(hit, hashedMethod, hasQuery: false, code: null));
        var results = lines.Where(l => l.GetProperty("type").GetString() == "result").ToList();
        Assert.Equal(users[0], results[0].GetProperty("data").GetProperty("user").GetProperty("id").GetString());
        Assert.Equal(users[1], results[1].GetProperty("data").GetProperty("user").GetProperty("id").GetString());
    }

    private static void AssertRequest(JsonElement request, string method, bool hasQuery, string? code)
    {
        Assert.Equal(method, request.GetProperty("method").GetString());
        Assert.True(request.GetProperty("hasHash").GetBoolean(), request.ToString());
        Assert.Equal(hasQuery, request.GetProperty("hasQuery").GetBoolean());
        Assert.Equal(200, request.GetProperty("status").GetInt32());
        Assert.Equal(code is null ? [] : [code], request.GetProperty("codes").EnumerateArray().Select(c => c.GetString()).ToArray());
    }
}
