using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Gateway.Upstream;
using Microsoft.Extensions.DependencyInjection;

namespace Gateway.Tests.Upstream;

/// <summary>Answers the simulator never gives, through a stub under the API client.</summary>
public sealed class GenesysCloudClientAnswerTests
{
    private static Task<UpstreamTestHost> StartAsync(StubApiHandler stub, Dictionary<string, string?>? settings = null)
        => UpstreamTestHost.StartAsync(settings: settings, configure: services =>
            services.AddHttpClient(GenesysCloudClient.HttpClientName).ConfigurePrimaryHttpMessageHandler(() => stub));

    private static HttpResponseMessage Json(HttpStatusCode status, string json)
        => new(status) { Content = new StringContent(json, Encoding.UTF8, "application/json") };

    [Theory]
    [InlineData("{\"id\": ")]
    [InlineData("<html>proxy error</html>")]
    [InlineData("null")]
    [InlineData("{\"name\": \"a session without its required id\"}")]
    public async Task GetSessionAsync_UnreadableAnswer_Throws502InvalidResponse(string body)
    {
        var stub = new StubApiHandler().Answer(() => Json(HttpStatusCode.OK, body));
        await using var host = await StartAsync(stub);

        var failure = await Assert.ThrowsAsync<GenesysApiException>(() => host.Client.GetSessionAsync(Guid.NewGuid().ToString(), CancellationToken.None));

        Assert.Equal(HttpStatusCode.BadGateway, failure.StatusCode);
        Assert.Equal("invalid.response", failure.ErrorCode);
    }

    [Fact]
    public async Task GetSessionAsync_UnknownCharset_Throws502InvalidResponse()
    {
        var stub = new StubApiHandler().Answer(() =>
        {
            var response = new HttpResponseMessage(HttpStatusCode.OK) { Content = new ByteArrayContent("{}"u8.ToArray()) };
            response.Content.Headers.ContentType = MediaTypeHeaderValue.Parse("application/json; charset=klingon");
            return response;
        });
        await using var host = await StartAsync(stub);

        var failure = await Assert.ThrowsAsync<GenesysApiException>(() => host.Client.GetSessionAsync(Guid.NewGuid().ToString(), CancellationToken.None));

        Assert.Equal(HttpStatusCode.BadGateway, failure.StatusCode);
    }

    [Fact]
    public async Task GetSessionAsync_ErrorWithoutPlatformBody_KeepsStatus()
    {
        var stub = new StubApiHandler().Answer(() => new HttpResponseMessage(HttpStatusCode.Forbidden) { Content = new StringContent("<html/>") });
        await using var host = await StartAsync(stub);

        var failure = await Assert.ThrowsAsync<GenesysApiException>(() => host.Client.GetSessionAsync(Guid.NewGuid().ToString(), CancellationToken.None));

        Assert.Equal(HttpStatusCode.Forbidden, failure.StatusCode);
        Assert.Null(failure.ErrorCode);
        Assert.Null(failure.Body);
    }

    [Fact]
    public async Task GetSessionAsync_RetryAfterAsDateTooFar_Surfaces429WithRetryAfter()
    {
        var stub = new StubApiHandler().Answer(() =>
        {
            var response = Json(HttpStatusCode.TooManyRequests, "{\"code\":\"too.many.requests\",\"status\":429}");
            response.Headers.RetryAfter = new RetryConditionHeaderValue(DateTimeOffset.UtcNow.AddMinutes(10));
            return response;
        });
        await using var host = await StartAsync(stub);

        var failure = await Assert.ThrowsAsync<GenesysApiException>(() => host.Client.GetSessionAsync(Guid.NewGuid().ToString(), CancellationToken.None));

        Assert.Equal(HttpStatusCode.TooManyRequests, failure.StatusCode);
        Assert.Equal("too.many.requests", failure.ErrorCode);
        Assert.InRange(failure.RetryAfter!.Value, TimeSpan.FromMinutes(9), TimeSpan.FromMinutes(10));
        Assert.Equal(1, stub.Calls);
    }

    [Fact]
    public async Task GetSessionAsync_RetryAfterAsDateNear_WaitsAndRetries()
    {
        var stub = new StubApiHandler()
            .Answer(() =>
            {
                var response = Json(HttpStatusCode.ServiceUnavailable, "{}");
                response.Headers.RetryAfter = new RetryConditionHeaderValue(DateTimeOffset.UtcNow.AddSeconds(1));
                return response;
            })
            .Answer(() => Json(HttpStatusCode.OK, "{\"id\":\"s1\",\"type\":\"web\",\"eventCount\":1,\"authenticated\":false}"));
        await using var host = await StartAsync(stub);

        var session = await host.Client.GetSessionAsync("s1", CancellationToken.None);

        Assert.Equal("s1", session?.Id);
        Assert.Equal(2, stub.Calls);
    }

    [Fact]
    public async Task GetUsersAsync_AnswerHoldsIdsNotAskedFor_LeftOut()
    {
        var stub = new StubApiHandler().Answer(() => Json(HttpStatusCode.OK, "{\"entities\":[{\"id\":\"a\"},{\"id\":\"b\"}]}"));
        await using var host = await StartAsync(stub);

        var users = await host.Client.GetUsersAsync(["a"], CancellationToken.None);

        Assert.Equal("a", Assert.Single(users).Id);
    }
}
