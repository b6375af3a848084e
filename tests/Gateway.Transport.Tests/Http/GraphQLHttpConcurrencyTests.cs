using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Gateway.Transport.Tests.Infrastructure;

namespace Gateway.Transport.Tests.Http;

/// <summary>Many requests at once on real sockets: each answer belongs to its own request.</summary>
public sealed class GraphQLHttpConcurrencyTests
{
    [Fact]
    public async Task ManyConcurrentPosts_DistinctBodies_EachAnsweredFromItsOwnBody()
    {
        // Arrange: bodies of varied sizes, so the server's pooled buffers are reused across connections.
        await using var host = await TransportTestHost.StartAsync(useKestrel: true);
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = 32 };
        using var client = new HttpClient(handler) { BaseAddress = host.Client.BaseAddress };
        var names = Enumerable.Range(0, 1500).Select(i => $"caller-{i}-{new string((char)('a' + (i % 26)), i % 700)}").ToList();

        // Act
        var answers = await Task.WhenAll(names.Select(async name =>
        {
            using var response = await client.PostAsJsonAsync("/graphql", new
            {
                query = "query Greet($name: String) { hello(name: $name) }",
                operationName = "Greet",
                variables = new { name },
            });
            var body = await response.Content.ReadFromJsonAsync<JsonElement>();
            return (name, response.StatusCode, body);
        }));

        // Assert
        Assert.All(answers, a =>
        {
            Assert.Equal(HttpStatusCode.OK, a.StatusCode);
            Assert.Equal($"Hello, {a.name}!", a.body.GetProperty("data").GetProperty("hello").GetString());
        });
    }
}
