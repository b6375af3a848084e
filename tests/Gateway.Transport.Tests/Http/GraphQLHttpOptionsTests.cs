using System.Net;
using System.Text;
using Gateway.Transport.Http;
using Gateway.Transport.Tests.Infrastructure;
using Microsoft.Extensions.Options;

namespace Gateway.Transport.Tests.Http;

public sealed class GraphQLHttpOptionsTests
{
    private static readonly Dictionary<string, string?> SmallLimit = new() { ["GraphQL:Http:MaxRequestBodyBytes"] = "64" };

    [Fact]
    public async Task Post_BodyOverConfiguredLimit_Returns413()
    {
        // Arrange: the limit comes from the GraphQL:Http section.
        await using var host = await StartWithLimitAsync();
        var body = $$"""{"query":"{ hello(name: \"{{new string('x', 100)}}\") }"}""";

        // Act
        var response = await host.Client.PostGraphQLAsync(body);

        // Assert
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("PAYLOAD_TOO_LARGE", (await response.ReadJsonAsync()).FirstErrorCode());
    }

    [Fact]
    public async Task Post_ChunkedBodyOverLimit_Returns413()
    {
        await using var host = await StartWithLimitAsync();
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new ChunkedJsonContent($$"""{"query":"{ hello(name: \"{{new string('x', 100)}}\") }"}"""),
        };

        var response = await host.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("PAYLOAD_TOO_LARGE", (await response.ReadJsonAsync()).FirstErrorCode());
    }

    [Fact]
    public async Task Post_BodyWithinLimit_IsExecuted()
    {
        await using var host = await StartWithLimitAsync();

        var response = await host.Client.PostGraphQLAsync("""{"query":"{ hello }"}""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Get_WhenGetDisabled_Returns405WithAllowPost()
    {
        await using var host = await TransportTestHost.StartAsync(
            settings: new Dictionary<string, string?> { ["GraphQL:Http:EnableGetRequests"] = "false" });

        var response = await host.Client.GetGraphQLAsync([new("query", "{ hello }")]);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(["POST"], response.Content.Headers.Allow);
    }

    [Theory]
    [InlineData("GraphQL:Http:MaxRequestBodyBytes", "0")]
    [InlineData("GraphQL:Http:DefaultResponseMediaType", "text/plain")]
    public async Task Start_InvalidOptions_Throws(string key, string value)
    {
        var error = await Assert.ThrowsAsync<OptionsValidationException>(
            () => TransportTestHost.StartAsync(settings: new Dictionary<string, string?> { [key] = value }));

        Assert.Equal(typeof(GraphQLHttpOptions), error.OptionsType);
    }

    [Fact]
    public void Defaults_AreSpecFriendly()
    {
        var options = new GraphQLHttpOptions();

        Assert.Equal(1024 * 1024, options.MaxRequestBodyBytes);
        Assert.True(options.EnableGetRequests);
        Assert.Equal(GraphQLMediaTypes.GraphQLResponseJson, options.DefaultResponseMediaType);
    }

    private static Task<TransportTestHost> StartWithLimitAsync()
        => TransportTestHost.StartAsync(settings: SmallLimit);

    /// <summary>JSON content of unknown length, so it travels without a Content-Length header.</summary>
    private sealed class ChunkedJsonContent : HttpContent
    {
        private readonly byte[] _bytes;

        public ChunkedJsonContent(string json)
        {
            _bytes = Encoding.UTF8.GetBytes(json);
            Headers.ContentType = new("application/json");
        }

        protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
        {
            // Several writes, so the server sees the body arrive in pieces.
            foreach (var chunk in _bytes.Chunk(16))
            {
                await stream.WriteAsync(chunk);
            }
        }

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }
}
