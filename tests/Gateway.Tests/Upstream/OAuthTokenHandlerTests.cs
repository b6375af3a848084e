using System.Net;
using Gateway.Upstream;
using GenesysCloud.Simulator;
using GenesysCloud.Simulator.Auth;
using Microsoft.Extensions.DependencyInjection;

namespace Gateway.Tests.Upstream;

public sealed class OAuthTokenHandlerTests
{
    [Fact]
    public async Task Token_ManyConcurrentCalls_FetchedOnce()
    {
        // Arrange
        await using var host = await UpstreamTestHost.StartAsync();
        var ids = host.Simulator.Data.SessionIds.Take(40).ToList();

        // Act
        var sessions = await Task.WhenAll(ids.Select(id => host.Client.GetSessionAsync(id, CancellationToken.None)));

        // Assert
        Assert.All(sessions, Assert.NotNull);
        Assert.Equal(1, host.Simulator.Calls.Get(SimulatorRoutes.OAuthToken));
        Assert.Equal(40, host.Simulator.Calls.Get(SimulatorRoutes.JourneySession));
    }

    [Fact]
    public async Task Token_FirstCallerGivesUpMidFetch_OthersStillServedByThatOneFetch()
    {
        // Arrange: a slow login; the caller that started the fetch goes away before it answers.
        await using var host = await UpstreamTestHost.StartAsync();
        host.Simulator.Faults.Delay(SimulatorRoutes.OAuthToken, TimeSpan.FromMilliseconds(500));
        using var impatient = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));
        var ids = host.Simulator.Data.SessionIds;

        // Act
        var abandoned = host.Client.GetSessionAsync(ids[0], impatient.Token);
        var patient = host.Client.GetSessionAsync(ids[1], CancellationToken.None);

        // Assert
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => abandoned);
        Assert.NotNull(await patient);
        Assert.Equal(1, host.Simulator.Calls.Get(SimulatorRoutes.OAuthToken));
    }

    [Fact]
    public async Task Token_LaterCalls_Reused()
    {
        await using var host = await UpstreamTestHost.StartAsync();
        var id = host.Simulator.Data.SessionIds[0];

        await host.Client.GetSessionAsync(id, CancellationToken.None);
        await host.Client.GetOrganizationAsync(CancellationToken.None);
        await host.Client.GetUsersAsync([host.Simulator.Data.UserIds[0]], CancellationToken.None);

        Assert.Equal(1, host.Simulator.Calls.Get(SimulatorRoutes.OAuthToken));
    }

    [Fact]
    public async Task Token_BeforeLastMinuteOfLifetime_Reused()
    {
        var time = new AdjustableTimeProvider();
        var simulator = UpstreamTestHost.SmallSimulator();
        simulator.TokenLifetimeSeconds = 3600;
        await using var host = await UpstreamTestHost.StartAsync(simulator, time: time);

        await host.Client.GetOrganizationAsync(CancellationToken.None);
        time.Advance(TimeSpan.FromSeconds(3600 - 61));
        await host.Client.GetOrganizationAsync(CancellationToken.None);

        Assert.Equal(1, host.Simulator.Calls.Get(SimulatorRoutes.OAuthToken));
    }

    [Fact]
    public async Task Token_WithinLastMinuteOfLifetime_Refreshed()
    {
        var time = new AdjustableTimeProvider();
        var simulator = UpstreamTestHost.SmallSimulator();
        simulator.TokenLifetimeSeconds = 3600;
        await using var host = await UpstreamTestHost.StartAsync(simulator, time: time);

        await host.Client.GetOrganizationAsync(CancellationToken.None);
        var first = await host.CurrentTokenAsync();
        time.Advance(TimeSpan.FromSeconds(3600 - 59));
        await host.Client.GetOrganizationAsync(CancellationToken.None);
        var second = await host.CurrentTokenAsync();

        Assert.Equal(2, host.Simulator.Calls.Get(SimulatorRoutes.OAuthToken));
        Assert.NotEqual(first, second);
    }

    [Fact]
    public async Task Token_RevokedUpstream_RefreshedOnceAndCallRetried()
    {
        // Arrange: a held token the upstream no longer knows, as after a credential rotation.
        await using var host = await UpstreamTestHost.StartAsync();
        var ids = host.Simulator.Data.SessionIds.Take(10).ToList();
        await host.Client.GetSessionAsync(ids[0], CancellationToken.None);
        host.Simulator.Services.GetRequiredService<SimulatorTokenStore>().RevokeAll();
        host.Simulator.Calls.Reset();

        // Act: concurrent calls all see the 401 with the same token.
        var sessions = await Task.WhenAll(ids.Select(id => host.Client.GetSessionAsync(id, CancellationToken.None)));

        // Assert
        Assert.All(sessions, Assert.NotNull);
        Assert.Equal(1, host.Simulator.Calls.Get(SimulatorRoutes.OAuthToken));
    }

    [Fact]
    public async Task Token_CredentialsChanged_FetchedForNewCredentials()
    {
        await using var host = await UpstreamTestHost.StartAsync();
        await host.Client.GetOrganizationAsync(CancellationToken.None);
        var connection = host.Services.GetRequiredService<UpstreamConnection>();

        // The same credentials set again keep the token; other credentials need their own.
        connection.Use(connection.ApiBaseUrl, connection.LoginBaseUrl, connection.ClientId, connection.ClientSecret);
        await host.Client.GetOrganizationAsync(CancellationToken.None);
        Assert.Equal(1, host.Simulator.Calls.Get(SimulatorRoutes.OAuthToken));

        connection.Use(connection.ApiBaseUrl, connection.LoginBaseUrl, "unknown-client", "unknown-secret");
        var failure = await Assert.ThrowsAsync<GenesysApiException>(() => host.Client.GetOrganizationAsync(CancellationToken.None));
        Assert.Equal(2, host.Simulator.Calls.Get(SimulatorRoutes.OAuthToken));
        Assert.Equal(HttpStatusCode.Unauthorized, failure.StatusCode);
    }

    [Fact]
    public async Task Token_BadCredentials_ThrowsAuthenticationFailedWithoutSecret()
    {
        await using var host = await UpstreamTestHost.StartAsync();
        const string Secret = "s3cr3t-that-must-not-leak";
        var connection = host.Services.GetRequiredService<UpstreamConnection>();
        connection.Use(connection.ApiBaseUrl, connection.LoginBaseUrl, SimulatorOptions.DefaultClientId, Secret);

        var failure = await Assert.ThrowsAsync<GenesysApiException>(() => host.Client.GetOrganizationAsync(CancellationToken.None));

        Assert.Equal(HttpStatusCode.Unauthorized, failure.StatusCode);
        Assert.Equal("authentication.failed", failure.ErrorCode);
        Assert.DoesNotContain(Secret, failure.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(host.Logs.Lines, line => line.Contains(Secret, StringComparison.Ordinal));
        Assert.Equal(0, host.Simulator.Calls.Get(SimulatorRoutes.OrganizationMe));
    }

    [Fact]
    public async Task Token_NoClientIdConfigured_ThrowsAuthenticationFailedWithoutCall()
    {
        await using var host = await UpstreamTestHost.StartAsync();
        var connection = host.Services.GetRequiredService<UpstreamConnection>();
        connection.Use(connection.ApiBaseUrl, connection.LoginBaseUrl, "", "");

        var failure = await Assert.ThrowsAsync<GenesysApiException>(() => host.Client.GetOrganizationAsync(CancellationToken.None));

        Assert.Equal(HttpStatusCode.Unauthorized, failure.StatusCode);
        Assert.Equal(0, host.Simulator.Calls.Total);
    }

    [Fact]
    public async Task Token_LoginServiceFailing_KeepsItsStatus()
    {
        await using var host = await UpstreamTestHost.StartAsync(settings: new Dictionary<string, string?> { ["Genesys:MaxRetries"] = "0" });
        host.Simulator.Faults.Fail(SimulatorRoutes.OAuthToken, 500, times: 1);

        var failure = await Assert.ThrowsAsync<GenesysApiException>(() => host.Client.GetOrganizationAsync(CancellationToken.None));

        Assert.Equal(HttpStatusCode.InternalServerError, failure.StatusCode);
        Assert.Equal("authentication.unavailable", failure.ErrorCode);
    }
}
