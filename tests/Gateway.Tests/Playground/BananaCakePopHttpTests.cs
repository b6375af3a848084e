using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Gateway.Tests.Infrastructure;

namespace Gateway.Tests.Playground;

/// <summary>How the gateway serves Banana Cake Pop over HTTP: redirect, entry point, config, assets, and without the build.</summary>
public sealed class BananaCakePopHttpTests : IAsyncLifetime
{
    private readonly GatewayFactory _gateway = new();

    public Task InitializeAsync() => _gateway.InitializeAsync();

    public Task DisposeAsync() => ((IAsyncLifetime)_gateway).DisposeAsync();

    [Fact]
    public async Task BrowserOpensGraphQL_EmbeddedDefault_RedirectedToTheIdeKeepingTheQueryString()
    {
        // Arrange
        using var client = _gateway.CreateClient(new() { AllowAutoRedirect = false });

        // Act
        using var response = await client.SendAsync(Navigation("/graphql?tab=1"));

        // Assert
        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal("/graphql/?tab=1", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task IdeEntryPoint_Html_NeverCached()
    {
        using var client = _gateway.CreateClient();

        using var response = await client.SendAsync(Navigation("/graphql/"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.True(response.Headers.CacheControl?.NoStore);
        Assert.Contains("static/js/main.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ConfigurationFile_Default_PointsAtTheBrowserUrlWithTelemetryOff()
    {
        using var client = _gateway.CreateClient();

        using var response = await client.GetAsync(new Uri("/graphql/bcp-config.json", UriKind.Relative));
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.True(response.Headers.CacheControl?.NoStore);
        Assert.True(json.RootElement.GetProperty("useBrowserUrlAsEndpoint").GetBoolean());
        Assert.True(json.RootElement.GetProperty("disableTelemetry").GetBoolean());
        Assert.Equal("Genesys Cloud GraphQL gateway", json.RootElement.GetProperty("title").GetString());
    }

    [Fact]
    public async Task FingerprintedScript_AcceptsBrotli_CompressedAndCachedForAYear()
    {
        // Arrange
        using var client = _gateway.CreateClient();
        var script = await MainScriptPathAsync(client);
        using var request = new HttpRequestMessage(HttpMethod.Get, script);
        request.Headers.AcceptEncoding.ParseAdd("gzip, br");

        // Act
        using var response = await client.SendAsync(request);

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/javascript", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(["br"], response.Content.Headers.ContentEncoding);
        Assert.Equal(TimeSpan.FromDays(365), response.Headers.CacheControl?.MaxAge);
        Assert.Contains("immutable", response.Headers.CacheControl?.Extensions.Select(e => e.Name) ?? []);
        Assert.Contains("Accept-Encoding", response.Headers.Vary);
    }

    [Fact]
    public async Task FingerprintedScript_SameETagAgain_NotModified()
    {
        using var client = _gateway.CreateClient();
        var script = await MainScriptPathAsync(client);
        using var first = await client.GetAsync(new Uri(script, UriKind.Relative));
        using var again = new HttpRequestMessage(HttpMethod.Get, script);
        again.Headers.IfNoneMatch.Add(first.Headers.ETag!);

        using var response = await client.SendAsync(again);

        Assert.Equal(HttpStatusCode.NotModified, response.StatusCode);
    }

    [Theory]
    [InlineData("/graphql/favicon.ico", "image/x-icon")]
    [InlineData("/graphql/manifest.webmanifest", "application/manifest+json")]
    [InlineData("/graphql/favicon.svg", "image/svg+xml")]
    public async Task UnfingerprintedAsset_Served_WithItsTypeAndRevalidated(string path, string mediaType)
    {
        using var client = _gateway.CreateClient();

        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        Assert.True(response.Headers.CacheControl?.NoCache);
        Assert.NotNull(response.Headers.ETag);
    }

    [Theory]
    [InlineData("/graphql/package.json")]
    [InlineData("/graphql/static/js/nothing.js")]
    [InlineData("/graphql/../appsettings.json")]
    public async Task NotAFileOfTheBuild_NotFound(string path)
    {
        using var client = _gateway.CreateClient();

        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task GraphQLClients_BesideThePlayground_StillAnswered()
    {
        using var client = _gateway.CreateClient();

        using var get = await client.GetAsync(new Uri("/graphql?query=%7B__typename%7D", UriKind.Relative));
        using var post = await client.PostAsync(new Uri("/graphql/", UriKind.Relative), JsonContent("{\"query\":\"{ __typename }\"}"));

        Assert.Equal("{\"data\":{\"__typename\":\"Query\"}}", await get.Content.ReadAsStringAsync());
        Assert.Equal("{\"data\":{\"__typename\":\"Query\"}}", await post.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task AssetsMissing_BrowserOpensGraphQL_SmallPageSaysHowToInstall()
    {
        // Arrange
        await using var gateway = new GatewayFactory().With("GraphQL:Playground:AssetsPath", Path.Combine(Path.GetTempPath(), $"no-bcp-{Guid.NewGuid():N}"));
        await gateway.InitializeAsync();
        using var client = gateway.CreateClient(new() { AllowAutoRedirect = false });

        // Act
        using var response = await client.SendAsync(Navigation("/graphql"));
        using var asset = await client.GetAsync(new Uri("/graphql/static/js/main.js", UriKind.Relative));
        using var query = await client.PostAsync(new Uri("/graphql", UriKind.Relative), JsonContent("{\"query\":\"{ __typename }\"}"));

        // Assert
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("npm ci --prefix playground", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, asset.StatusCode);
        Assert.Equal(HttpStatusCode.OK, query.StatusCode);
    }

    [Fact]
    public async Task Disabled_BrowserOpensGraphQL_NotFoundAsWithoutAPlayground()
    {
        await using var gateway = new GatewayFactory().With("GraphQL:Playground:Enabled", "false");
        await gateway.InitializeAsync();
        using var client = gateway.CreateClient(new() { AllowAutoRedirect = false });

        using var page = await client.SendAsync(Navigation("/graphql"));
        using var config = await client.GetAsync(new Uri("/graphql/bcp-config.json", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, config.StatusCode);
    }

    private static HttpRequestMessage Navigation(string path)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Accept.ParseAdd("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        return request;
    }

    private static StringContent JsonContent(string body) => new(body, new MediaTypeHeaderValue("application/json"));

    private static async Task<string> MainScriptPathAsync(HttpClient client)
    {
        using var index = await client.SendAsync(Navigation("/graphql/"));
        var html = await index.Content.ReadAsStringAsync();
        var start = html.IndexOf("static/js/main.", StringComparison.Ordinal);
        return "/graphql/" + html[start..html.IndexOf('"', start)];
    }
}
