using System.Diagnostics;
using System.Net;
using Gateway.Upstream;
using GenesysCloud.Simulator;

namespace Gateway.Tests.Upstream;

public sealed class GenesysCloudClientResilienceTests
{
    [Fact]
    public async Task GetSessionAsync_RateLimitedOnceWithRetryAfter_WaitsAndSucceeds()
    {
        // Arrange
        await using var host = await UpstreamTestHost.StartAsync();
        var id = host.Simulator.Data.SessionIds[0];
        host.Simulator.Faults.Fail(SimulatorRoutes.JourneySession, 429, times: 1, retryAfter: TimeSpan.FromSeconds(1));
        var clock = Stopwatch.StartNew();

        // Act
        var session = await host.Client.GetSessionAsync(id, CancellationToken.None);

        // Assert
        Assert.NotNull(session);
        Assert.Equal(2, host.Simulator.Calls.Get(SimulatorRoutes.JourneySession));
        Assert.True(clock.Elapsed >= TimeSpan.FromSeconds(0.9), $"Retried after {clock.Elapsed}, before Retry-After.");
        Assert.Contains(host.Logs.Lines, line => line.StartsWith("2020 ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task GetSessionAsync_RetryAfterLongerThanAllowed_Surfaces429()
    {
        await using var host = await UpstreamTestHost.StartAsync(
            settings: new Dictionary<string, string?> { ["Genesys:MaxRetryAfterSeconds"] = "2" });
        host.Simulator.Faults.Fail(SimulatorRoutes.JourneySession, 429, times: 1, retryAfter: TimeSpan.FromSeconds(10));

        var failure = await Assert.ThrowsAsync<GenesysApiException>(
            () => host.Client.GetSessionAsync(host.Simulator.Data.SessionIds[0], CancellationToken.None));

        Assert.Equal(HttpStatusCode.TooManyRequests, failure.StatusCode);
        Assert.Equal("too.many.requests", failure.ErrorCode);
        Assert.Equal(TimeSpan.FromSeconds(10), failure.RetryAfter);
        Assert.Equal(1, host.Simulator.Calls.Get(SimulatorRoutes.JourneySession));
    }

    [Fact]
    public async Task GetSessionAsync_RetryAfterBeyondTotalTimeout_Surfaces429AtOnce()
    {
        // Arrange: a wait the caller would allow, but that the total timeout would cut short.
        await using var host = await UpstreamTestHost.StartAsync(settings: new Dictionary<string, string?>
        {
            ["Genesys:MaxRetryAfterSeconds"] = "30",
            ["Genesys:TotalTimeoutSeconds"] = "5",
            ["Genesys:AttemptTimeoutSeconds"] = "5",
        });
        host.Simulator.Faults.Fail(SimulatorRoutes.JourneySession, 429, times: 1, retryAfter: TimeSpan.FromSeconds(6));
        var clock = System.Diagnostics.Stopwatch.StartNew();

        // Act
        var failure = await Assert.ThrowsAsync<GenesysApiException>(
            () => host.Client.GetSessionAsync(host.Simulator.Data.SessionIds[0], CancellationToken.None));

        // Assert: the 429 and its Retry-After, not a timeout after waiting in vain.
        Assert.Equal(HttpStatusCode.TooManyRequests, failure.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(6), failure.RetryAfter);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(4), $"took {clock.Elapsed}");
    }

    [Theory]
    [InlineData(502)]
    [InlineData(503)]
    [InlineData(504)]
    public async Task GetSessionAsync_TransientStatusOnce_RetriedAndSucceeds(int status)
    {
        await using var host = await UpstreamTestHost.StartAsync();
        host.Simulator.Faults.Fail(SimulatorRoutes.JourneySession, status, times: 1);

        var session = await host.Client.GetSessionAsync(host.Simulator.Data.SessionIds[0], CancellationToken.None);

        Assert.NotNull(session);
        Assert.Equal(2, host.Simulator.Calls.Get(SimulatorRoutes.JourneySession));
    }

    [Fact]
    public async Task GetSessionAsync_TransientStatusEveryTime_GivesUpAfterMaxRetries()
    {
        await using var host = await UpstreamTestHost.StartAsync(
            settings: new Dictionary<string, string?> { ["Genesys:MaxRetries"] = "2" });
        host.Simulator.Faults.Fail(SimulatorRoutes.JourneySession, 503);

        var failure = await Assert.ThrowsAsync<GenesysApiException>(
            () => host.Client.GetSessionAsync(host.Simulator.Data.SessionIds[0], CancellationToken.None));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, failure.StatusCode);
        Assert.Equal("service.unavailable", failure.ErrorCode);
        Assert.Equal(3, host.Simulator.Calls.Get(SimulatorRoutes.JourneySession));
    }

    [Fact]
    public async Task GetSessionAsync_ServerError_ThrowsWithStatusAndCodeWithoutRetry()
    {
        await using var host = await UpstreamTestHost.StartAsync();
        host.Simulator.Faults.Fail(SimulatorRoutes.JourneySession, 500, times: 1);

        var failure = await Assert.ThrowsAsync<GenesysApiException>(
            () => host.Client.GetSessionAsync(host.Simulator.Data.SessionIds[0], CancellationToken.None));

        Assert.Equal(HttpStatusCode.InternalServerError, failure.StatusCode);
        Assert.Equal("internal.server.error", failure.ErrorCode);
        Assert.Equal(500, failure.Body?.Status);
        Assert.Equal(1, host.Simulator.Calls.Get(SimulatorRoutes.JourneySession));
        Assert.Contains(host.Logs.Lines, line => line.StartsWith("2010 ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task GetExternalContactsAsync_BulkRateLimitedOnce_RetriedAsARead()
    {
        await using var host = await UpstreamTestHost.StartAsync();
        host.Simulator.Faults.Fail(SimulatorRoutes.BulkExternalContacts, 429, times: 1, retryAfter: TimeSpan.FromSeconds(1));
        var ids = host.Simulator.Data.ExternalContactIds.Take(5).ToList();

        var result = await host.Client.GetExternalContactsAsync(ids, CancellationToken.None);

        Assert.Equal(5, result.Entities.Count);
        Assert.Equal(2, host.Simulator.Calls.Get(SimulatorRoutes.BulkExternalContacts));
    }

    [Fact]
    public async Task GetExternalContactsAsync_OneChunkFails_Throws()
    {
        await using var host = await UpstreamTestHost.StartAsync();
        host.Simulator.Faults.Fail(SimulatorRoutes.BulkExternalContacts, 500, times: 1);
        var ids = host.Simulator.Data.ExternalContactIds.Take(250).ToList();

        var failure = await Assert.ThrowsAsync<GenesysApiException>(() => host.Client.GetExternalContactsAsync(ids, CancellationToken.None));

        Assert.Equal(HttpStatusCode.InternalServerError, failure.StatusCode);
    }

    [Fact]
    public async Task GetSessionAsync_UpstreamFailingPersistently_CircuitOpensAndSpares()
    {
        // Arrange: every call a 500, more calls than the breaker's minimum throughput.
        await using var host = await UpstreamTestHost.StartAsync();
        host.Simulator.Faults.Fail(SimulatorRoutes.JourneySession, 500);
        var id = host.Simulator.Data.SessionIds[0];
        for (var i = 0; i < 20; i++)
        {
            await Assert.ThrowsAsync<GenesysApiException>(() => host.Client.GetSessionAsync(id, CancellationToken.None));
        }

        // Act
        var failure = await Assert.ThrowsAsync<GenesysApiException>(() => host.Client.GetSessionAsync(id, CancellationToken.None));

        // Assert: refused on our side, without a call.
        Assert.Equal(HttpStatusCode.ServiceUnavailable, failure.StatusCode);
        Assert.Equal("circuit.open", failure.ErrorCode);
        Assert.Equal(20, host.Simulator.Calls.Get(SimulatorRoutes.JourneySession));
    }

    [Fact]
    public async Task GetSessionAsync_UpstreamSlowerThanTimeouts_Throws504Timeout()
    {
        await using var host = await UpstreamTestHost.StartAsync(settings: new Dictionary<string, string?>
        {
            ["Genesys:AttemptTimeoutSeconds"] = "1",
            ["Genesys:TotalTimeoutSeconds"] = "2",
        });
        host.Simulator.Faults.Delay(SimulatorRoutes.JourneySession, TimeSpan.FromSeconds(10));

        var failure = await Assert.ThrowsAsync<GenesysApiException>(
            () => host.Client.GetSessionAsync(host.Simulator.Data.SessionIds[0], CancellationToken.None));

        Assert.Equal(HttpStatusCode.GatewayTimeout, failure.StatusCode);
        Assert.Equal("timeout", failure.ErrorCode);
    }

    [Fact]
    public async Task GetSessionAsync_CallerCancels_ThrowsOperationCanceled()
    {
        await using var host = await UpstreamTestHost.StartAsync();
        host.Simulator.Faults.Delay(SimulatorRoutes.JourneySession, TimeSpan.FromSeconds(10));
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));

        // The caller's own cancellation is not an upstream failure: it is not mapped to a 504.
        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => host.Client.GetSessionAsync(host.Simulator.Data.SessionIds[0], cancellation.Token));
    }

    [Fact]
    public async Task GetSessionAsync_UpstreamNotListening_Throws503Unreachable()
    {
        // Arrange: a simulator that has stopped, so its port refuses connections.
        await using var host = await UpstreamTestHost.StartAsync(
            settings: new Dictionary<string, string?> { ["Genesys:MaxRetries"] = "1" });
        var sessionId = host.Simulator.Data.SessionIds[0];
        await host.Simulator.StopAsync();

        // Act
        var failure = await Assert.ThrowsAsync<GenesysApiException>(() => host.Client.GetSessionAsync(sessionId, CancellationToken.None));

        // Assert
        Assert.Equal(HttpStatusCode.ServiceUnavailable, failure.StatusCode);
        Assert.Equal("unreachable", failure.ErrorCode);
        Assert.DoesNotContain(host.Simulator.BaseAddress.Authority, failure.ToString(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Failures_MessagesAndLogs_CarryNoTokenSecretOrUrl()
    {
        // Arrange: a held token, then failures of every kind.
        await using var host = await UpstreamTestHost.StartAsync(settings: new Dictionary<string, string?>
        {
            ["Genesys:MaxRetries"] = "1",
            ["Genesys:MaxRetryAfterSeconds"] = "1",
        });
        var data = host.Simulator.Data;
        var token = await host.CurrentTokenAsync();
        host.Simulator.Faults.Fail(SimulatorRoutes.JourneySession, 500, times: 1);
        host.Simulator.Faults.Fail(SimulatorRoutes.Conversation, 429, times: 1, retryAfter: TimeSpan.FromSeconds(30));
        host.Simulator.Faults.Fail(SimulatorRoutes.Users, 403, times: 1);

        // Act
        var failures = new List<GenesysApiException>
        {
            await Assert.ThrowsAsync<GenesysApiException>(() => host.Client.GetSessionAsync(data.SessionIds[0], CancellationToken.None)),
            await Assert.ThrowsAsync<GenesysApiException>(() => host.Client.GetConversationAsync(data.ConversationIds[0], CancellationToken.None)),
            await Assert.ThrowsAsync<GenesysApiException>(() => host.Client.GetUsersAsync([data.UserIds[0]], CancellationToken.None)),
        };
        await host.Simulator.StopAsync();
        failures.Add(await Assert.ThrowsAsync<GenesysApiException>(() => host.Client.GetSessionAsync(data.SessionIds[1], CancellationToken.None)));

        // Assert
        var forbidden = new[]
        {
            token,
            host.Simulator.DefaultClient.ClientSecret,
            host.Simulator.BaseAddress.Authority,
            data.SessionIds[0],
            data.UserIds[0],
        };
        var written = failures.Select(failure => failure.ToString()).Concat(host.Logs.Lines).ToList();
        foreach (var text in written)
        {
            foreach (var value in forbidden)
            {
                Assert.DoesNotContain(value, text, StringComparison.OrdinalIgnoreCase);
            }
        }
    }
}
