using System.Net;
using System.Net.Http.Json;
using GenesysCloud.Simulator.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace GenesysCloud.Simulator.Tests.Faults;

public sealed class SimulatorFaultsTests : IAsyncLifetime
{
    private static readonly SimulatorOptions SmallData = new() { ExternalContactCount = 20, SessionCount = 60, ConversationCount = 10, UserCount = 10, QueueCount = 5, SegmentCount = 5 };

    private EmbeddedGenesysSimulator _simulator = null!;
    private HttpClient _http = null!;

    private string UserPath => $"api/v2/users/{_simulator.Data.UserIds[0]}";

    public async Task InitializeAsync()
    {
        _simulator = await EmbeddedGenesysSimulator.StartAsync(SmallData);
        _http = await SimulatorTestClient.AuthenticatedAsync(_simulator);
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _simulator.DisposeAsync();
    }

    [Fact]
    public async Task Fail_NextTwoCalls_FailsTwiceThenSucceeds()
    {
        _simulator.Faults.Fail(SimulatorRoutes.User, 503, times: 2);

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            using var response = await _http.GetAsync(UserPath);
            statuses.Add(response.StatusCode);
        }

        Assert.Equal([HttpStatusCode.ServiceUnavailable, HttpStatusCode.ServiceUnavailable, HttpStatusCode.OK], statuses);
        Assert.Equal(3, _simulator.Calls.Get(SimulatorRoutes.User));
    }

    [Fact]
    public async Task Fail_EveryCall_FailsUntilCleared()
    {
        _simulator.Faults.Fail(SimulatorRoutes.User, 500);

        using var first = await _http.GetAsync(UserPath);
        using var second = await _http.GetAsync(UserPath);
        _simulator.Faults.Clear();
        using var third = await _http.GetAsync(UserPath);

        Assert.Equal(HttpStatusCode.InternalServerError, first.StatusCode);
        Assert.Equal(HttpStatusCode.InternalServerError, second.StatusCode);
        Assert.Equal(HttpStatusCode.OK, third.StatusCode);
        var error = await SimulatorTestClient.ReadErrorAsync(first);
        Assert.Equal("internal.server.error", error.Code);
        Assert.Equal(500, error.Status);
    }

    [Fact]
    public async Task Fail_OtherRoute_LeavesThisRouteAlone()
    {
        _simulator.Faults.Fail(SimulatorRoutes.Queue, 503);

        using var response = await _http.GetAsync(UserPath);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Fail_Status503_AnswersServiceUnavailableBody()
    {
        _simulator.Faults.Fail(SimulatorRoutes.Any, 503, times: 1);

        using var response = await _http.GetAsync(UserPath);

        Assert.Equal("service.unavailable", (await SimulatorTestClient.ReadErrorAsync(response)).Code);
    }

    [Fact]
    public async Task Fail_Status429_AnswersRetryAfter()
    {
        _simulator.Faults.Fail(SimulatorRoutes.User, 429, times: 1, retryAfter: TimeSpan.FromSeconds(2));

        using var response = await _http.GetAsync(UserPath);

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(2), response.Headers.RetryAfter!.Delta);
        Assert.Equal("too.many.requests", (await SimulatorTestClient.ReadErrorAsync(response)).Code);
    }

    [Fact]
    public async Task Fail_TokenRoute_FailsTheTokenRequest()
    {
        _simulator.Faults.Fail(SimulatorRoutes.OAuthToken, 503, times: 1);

        using var failed = await SimulatorTestClient.RequestTokenAsync(_simulator, SimulatorOptions.DefaultClientId, SimulatorOptions.DefaultClientSecret);
        using var succeeded = await SimulatorTestClient.RequestTokenAsync(_simulator, SimulatorOptions.DefaultClientId, SimulatorOptions.DefaultClientSecret);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, failed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, succeeded.StatusCode);
    }

    [Fact]
    public async Task Delay_OnARoute_SlowsThatRoute()
    {
        _simulator.Faults.Delay(SimulatorRoutes.User, TimeSpan.FromMilliseconds(150));

        var stopwatch = System.Diagnostics.Stopwatch.StartNew();
        using var response = await _http.GetAsync(UserPath);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(stopwatch.ElapsedMilliseconds >= 140, $"took {stopwatch.ElapsedMilliseconds} ms");
    }

    [Fact]
    public async Task ErrorRate_One_FailsEveryApiCall()
    {
        _simulator.Faults.ErrorRate = 1.0;

        using var response = await _http.GetAsync(UserPath);

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("internal.server.error", (await SimulatorTestClient.ReadErrorAsync(response)).Code);
    }

    [Fact]
    public async Task ErrorRate_SameSeed_FailsTheSameCalls()
    {
        var options = new SimulatorOptions { ErrorRate = 0.3, ExternalContactCount = 5, SessionCount = 10, ConversationCount = 5 };

        async Task<string> PatternAsync()
        {
            await using var simulator = await EmbeddedGenesysSimulator.StartAsync(options);
            using var http = await SimulatorTestClient.AuthenticatedAsync(simulator);
            var pattern = new System.Text.StringBuilder();
            for (var i = 0; i < 30; i++)
            {
                using var response = await http.GetAsync("api/v2/organizations/me");
                pattern.Append(response.IsSuccessStatusCode ? '.' : 'x');
            }

            return pattern.ToString();
        }

        var first = await PatternAsync();
        var second = await PatternAsync();

        Assert.Equal(first, second);
        Assert.Contains('x', first);
        Assert.Contains('.', first);
    }

    [Fact]
    public async Task RateLimit_BudgetSpent_Answers429WithRetryAfterUntilTheWindowMoves()
    {
        var clock = new ManualTimeProvider(DateTimeOffset.UtcNow);
        await using var simulator = await EmbeddedGenesysSimulator.StartAsync(
            new SimulatorOptions { RateLimitPerMinute = 3, ExternalContactCount = 5, SessionCount = 10, ConversationCount = 5 },
            builder => builder.Services.AddSingleton<TimeProvider>(clock));
        using var http = await SimulatorTestClient.AuthenticatedAsync(simulator);
        using var otherToken = await SimulatorTestClient.AuthenticatedAsync(simulator);

        for (var i = 0; i < 3; i++)
        {
            using var allowed = await http.GetAsync("api/v2/organizations/me");
            Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
            clock.Advance(TimeSpan.FromSeconds(10));
        }

        using var limited = await http.GetAsync("api/v2/organizations/me");
        using var otherAllowed = await otherToken.GetAsync("api/v2/organizations/me");
        clock.Advance(TimeSpan.FromSeconds(31));
        using var afterWindow = await http.GetAsync("api/v2/organizations/me");

        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(30), limited.Headers.RetryAfter!.Delta);
        var error = await SimulatorTestClient.ReadErrorAsync(limited);
        Assert.Equal("too.many.requests", error.Code);
        Assert.Equal(429, error.Status);
        Assert.Equal(HttpStatusCode.OK, otherAllowed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, afterWindow.StatusCode);
    }

    [Fact]
    public async Task ControlEndpoint_PostAndDelete_AddAndClearFaults()
    {
        using var posted = await _http.PostAsJsonAsync("__simulator/faults", new { route = SimulatorRoutes.User, status = 502, times = 1 });
        using var failed = await _http.GetAsync(UserPath);
        using var posted2 = await _http.PostAsJsonAsync("__simulator/faults", new { route = SimulatorRoutes.User, status = 500 });
        using var deleted = await _http.DeleteAsync("__simulator/faults");
        using var succeeded = await _http.GetAsync(UserPath);

        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        Assert.Equal(HttpStatusCode.BadGateway, failed.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.OK, succeeded.StatusCode);
        Assert.Empty(_simulator.Faults.Failures);
    }

    [Fact]
    public void Fail_StatusBelow400_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => _simulator.Faults.Fail(SimulatorRoutes.User, 200));
    }
}
