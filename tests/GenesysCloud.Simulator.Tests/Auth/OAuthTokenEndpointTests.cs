using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using GenesysCloud.Models;
using GenesysCloud.Simulator.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace GenesysCloud.Simulator.Tests.Auth;

public sealed class OAuthTokenEndpointTests(SimulatorFixture fixture) : IClassFixture<SimulatorFixture>
{
    private EmbeddedGenesysSimulator Simulator => fixture.Simulator;

    [Fact]
    public async Task Token_ValidClientCredentials_ReturnsBearerToken()
    {
        using var response = await SimulatorTestClient.RequestTokenAsync(Simulator, SimulatorOptions.DefaultClientId, SimulatorOptions.DefaultClientSecret);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("bearer", json.RootElement.GetProperty("token_type").GetString());
        Assert.Equal(86400, json.RootElement.GetProperty("expires_in").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(json.RootElement.GetProperty("access_token").GetString()));
    }

    [Fact]
    public async Task Token_TwoRequests_AreDifferentOpaqueTokens()
    {
        var first = await SimulatorTestClient.TokenAsync(Simulator);
        var second = await SimulatorTestClient.TokenAsync(Simulator);

        Assert.NotEqual(first, second);
    }

    [Fact]
    public async Task Token_WrongSecret_Returns401InvalidClient()
    {
        using var response = await SimulatorTestClient.RequestTokenAsync(Simulator, SimulatorOptions.DefaultClientId, "wrong");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var error = await response.Content.ReadFromJsonAsync(GenesysJsonContext.Default.OAuthErrorResponse);
        Assert.Equal("invalid_client", error!.Error);
        Assert.False(string.IsNullOrEmpty(error.Description));
        Assert.Equal(error.Description, error.ErrorDescription);
    }

    [Fact]
    public async Task Token_NoBasicCredentials_Returns401InvalidClient()
    {
        using var http = SimulatorTestClient.Anonymous(Simulator);

        using var response = await http.PostAsync("oauth/token", new FormUrlEncodedContent([KeyValuePair.Create("grant_type", "client_credentials")]));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var error = await response.Content.ReadFromJsonAsync(GenesysJsonContext.Default.OAuthErrorResponse);
        Assert.Equal("invalid_client", error!.Error);
    }

    [Fact]
    public async Task Token_WrongGrantType_Returns400()
    {
        using var response = await SimulatorTestClient.RequestTokenAsync(
            Simulator, SimulatorOptions.DefaultClientId, SimulatorOptions.DefaultClientSecret, grantType: "password");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = await response.Content.ReadFromJsonAsync(GenesysJsonContext.Default.OAuthErrorResponse);
        Assert.Equal("unsupported_grant_type", error!.Error);
    }

    [Fact]
    public async Task Api_NoBearerToken_Returns401AuthenticationRequired()
    {
        using var http = SimulatorTestClient.Anonymous(Simulator);

        using var response = await http.GetAsync("api/v2/organizations/me");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var error = await SimulatorTestClient.ReadErrorAsync(response);
        Assert.Equal("authentication.required", error.Code);
        Assert.Equal(401, error.Status);
        Assert.Equal(response.Headers.GetValues("ININ-Correlation-Id").Single(), error.ContextId);
    }

    [Fact]
    public async Task Api_UnknownBearerToken_Returns401BadCredentials()
    {
        using var http = SimulatorTestClient.Anonymous(Simulator);
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "not-a-token");

        using var response = await http.GetAsync("api/v2/organizations/me");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("bad.credentials", (await SimulatorTestClient.ReadErrorAsync(response)).Code);
    }

    [Fact]
    public async Task Api_ExpiredToken_Returns401BadCredentials()
    {
        var clock = new ManualTimeProvider(DateTimeOffset.UtcNow);
        await using var simulator = await EmbeddedGenesysSimulator.StartAsync(
            new SimulatorOptions { TokenLifetimeSeconds = 60, SessionCount = 10, ExternalContactCount = 5, ConversationCount = 5 },
            builder => builder.Services.AddSingleton<TimeProvider>(clock));
        using var http = await SimulatorTestClient.AuthenticatedAsync(simulator);
        using var before = await http.GetAsync("api/v2/organizations/me");

        clock.Advance(TimeSpan.FromSeconds(61));
        using var after = await http.GetAsync("api/v2/organizations/me");

        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
        Assert.Equal("bad.credentials", (await SimulatorTestClient.ReadErrorAsync(after)).Code);
    }

    [Fact]
    public async Task Api_RevokedTokens_Returns401UntilANewTokenIsIssued()
    {
        await using var simulator = await EmbeddedGenesysSimulator.StartAsync(new SimulatorOptions { SessionCount = 10, ExternalContactCount = 5, ConversationCount = 5 });
        using var http = await SimulatorTestClient.AuthenticatedAsync(simulator);

        simulator.Tokens.RevokeAll();
        using var revoked = await http.GetAsync("api/v2/organizations/me");
        using var fresh = await SimulatorTestClient.AuthenticatedAsync(simulator);
        using var renewed = await fresh.GetAsync("api/v2/organizations/me");

        Assert.Equal(HttpStatusCode.Unauthorized, revoked.StatusCode);
        Assert.Equal(HttpStatusCode.OK, renewed.StatusCode);
    }

    [Fact]
    public async Task Api_UnknownPath_Returns404WithPlatformErrorBody()
    {
        using var response = await fixture.Http.GetAsync("api/v2/no/such/resource");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("not.found", (await SimulatorTestClient.ReadErrorAsync(response)).Code);
        Assert.True(response.Headers.Contains("ININ-Correlation-Id"));
    }

    [Fact]
    public async Task OrganizationsMe_EachClient_ReturnsItsOwnOrganization()
    {
        var other = new SimulatorClientOptions
        {
            ClientId = "tenant-b",
            ClientSecret = "secret-b",
            OrganizationId = "00000000-0000-4000-8000-000000000002",
            OrganizationName = "Tenant B",
        };
        await using var simulator = await EmbeddedGenesysSimulator.StartAsync(new SimulatorOptions
        {
            Clients = [SimulatorClientOptions.Default, other],
        });
        using var httpA = await SimulatorTestClient.AuthenticatedAsync(simulator);
        using var httpB = await SimulatorTestClient.AuthenticatedAsync(simulator, other);

        var a = await httpA.GetFromJsonAsync("api/v2/organizations/me", GenesysJsonContext.Default.Organization);
        var b = await httpB.GetFromJsonAsync("api/v2/organizations/me", GenesysJsonContext.Default.Organization);

        Assert.Equal(SimulatorOptions.DefaultOrganizationId, a!.Id);
        Assert.Equal("Tenant B", b!.Name);
        Assert.Equal(other.OrganizationId, b.Id);
        Assert.Equal($"/api/v2/organizations/{other.OrganizationId}", b.SelfUri);
    }
}
