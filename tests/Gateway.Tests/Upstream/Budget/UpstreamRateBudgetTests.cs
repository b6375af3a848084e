using System.Diagnostics.Metrics;
using System.Net;
using Gateway.Caching;
using Gateway.Common.Errors;
using Gateway.Tests.Infrastructure;
using Gateway.Upstream;
using Gateway.Upstream.Budget;
using GenesysCloud.Simulator;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Gateway.Tests.Upstream.Budget;

public sealed class UpstreamRateBudgetTests
{
    private static readonly IMeterFactory Meters = new ServiceCollection().AddMetrics().BuildServiceProvider().GetRequiredService<IMeterFactory>();

    [Fact]
    public async Task AcquireAsync_LocalBudgetSpent_WaitingCallGivesUpAtItsDeadlineWithTheBudgetCode()
    {
        // Arrange
        await using var budget = CreateBudget(new UpstreamRateBudgetOptions { Enabled = true, RequestsPerMinute = 3 });
        for (var i = 0; i < 3; i++)
        {
            await budget.AcquireAsync(CancellationToken.None);
        }

        using var deadline = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));
        var clock = System.Diagnostics.Stopwatch.StartNew();

        // Act
        var failure = await Assert.ThrowsAsync<GenesysApiException>(async () => await budget.AcquireAsync(deadline.Token));

        // Assert: it waited for its deadline, not less, and says what happened in the client's terms.
        Assert.True(clock.Elapsed >= TimeSpan.FromMilliseconds(250), $"Gave up after {clock.Elapsed}.");
        Assert.True(failure.IsRateBudgetExhausted);
        Assert.Equal(HttpStatusCode.TooManyRequests, failure.StatusCode);
        Assert.Equal(GatewayErrorCodes.UpstreamRateBudgetExhausted, new UpstreamExecutionError(failure).Code);
        Assert.DoesNotContain("Genesys Cloud answered", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AcquireAsync_QueueFull_RefusedAtOnce()
    {
        // Arrange: one permit, one place in the queue, taken by a call that waits long.
        await using var budget = CreateBudget(new UpstreamRateBudgetOptions { Enabled = true, RequestsPerMinute = 1, QueueLimit = 1 });
        await budget.AcquireAsync(CancellationToken.None);
        using var longWait = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var waiting = budget.AcquireAsync(longWait.Token).AsTask();

        // Act
        var failure = await Assert.ThrowsAsync<GenesysApiException>(async () => await budget.AcquireAsync(CancellationToken.None));

        // Assert
        Assert.True(failure.IsRateBudgetExhausted);
        Assert.False(waiting.IsCompleted);
        await longWait.CancelAsync();
        await Assert.ThrowsAsync<GenesysApiException>(() => waiting);
    }

    [Fact]
    public async Task IsEnabled_EmbeddedSimulatorByDefault_Off()
    {
        await using var embedded = CreateBudget(new UpstreamRateBudgetOptions(), clientId: null);
        await using var zero = CreateBudget(new UpstreamRateBudgetOptions { Enabled = true, RequestsPerMinute = 0 });
        await using var real = CreateBudget(new UpstreamRateBudgetOptions());

        Assert.False(embedded.IsEnabled);
        Assert.False(zero.IsEnabled);
        Assert.True(real.IsEnabled);
    }

    [Fact]
    public async Task AcquireAsync_TwoInstancesOnOneRedis_PermitsNeverExceedTheBudget()
    {
        // Arrange: two gateways' budgets of 20 a minute on one Redis, no queue, so each refusal answers at once.
        await using var redis = new RedisServer();
        await redis.StartAsync();
        await using var connectionA = Connection(redis.ConnectionString);
        await using var connectionB = Connection(redis.ConnectionString);
        var options = new UpstreamRateBudgetOptions { Enabled = true, RequestsPerMinute = 20, QueueLimit = 0 };
        await using var budgetA = CreateBudget(options, redis: connectionA);
        await using var budgetB = CreateBudget(options, redis: connectionB);

        // Act: 30 calls on each at once.
        var attempts = Enumerable.Range(0, 60).Select(i => TryAcquireAsync(i % 2 == 0 ? budgetA : budgetB)).ToArray();
        var granted = await Task.WhenAll(attempts);

        // Assert: the whole budget and no more, across both.
        Assert.True(budgetA.IsShared);
        Assert.Equal(20, granted.Count(ok => ok));
        var multiplexer = await connectionA.GetAsync();
        Assert.True(multiplexer.IsConnected);
    }

    [Fact]
    public async Task AcquireAsync_RedisDown_FallsBackToTheLocalShareAndCallsSucceed()
    {
        // Arrange: a Redis that was there and is gone; a budget of 10 shared by an assumed 2 instances.
        var logs = new CapturingLoggerProvider();
        await using var redis = new RedisServer();
        await redis.StartAsync();
        await using var connection = Connection(redis.ConnectionString);
        await using var budget = CreateBudget(
            new UpstreamRateBudgetOptions { Enabled = true, RequestsPerMinute = 10, QueueLimit = 0, FallbackInstanceCount = 2 },
            redis: connection,
            logger: new LoggerFactory([logs]).CreateLogger<UpstreamRateBudget>());
        await budget.AcquireAsync(CancellationToken.None);
        await redis.StopAsync();

        // Act
        var granted = new List<bool>();
        for (var i = 0; i < 7; i++)
        {
            granted.Add(await TryAcquireAsync(budget));
        }

        // Assert: the local share (10 / 2) is granted at once, the rest refused; the switch is logged once.
        Assert.Equal(5, granted.Count(ok => ok));
        Assert.True(granted.Take(5).All(ok => ok));
        Assert.Equal(5, budget.LocalPermitsPerMinute);
        Assert.Single(logs.Lines, line => line.StartsWith("2040 ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Client_BudgetOfTwo_TwoApiCallsGoOutTheThirdIsRefusedAndTheTokenCallTakesNoPermit()
    {
        // Arrange
        await using var host = await UpstreamTestHost.StartAsync(settings: new Dictionary<string, string?>
        {
            ["Genesys:RateBudget:Enabled"] = "true",
            ["Genesys:RateBudget:RequestsPerMinute"] = "2",
            ["Genesys:RateBudget:QueueLimit"] = "0",
        });
        var ids = host.Simulator.Data.SessionIds;

        // Act
        var first = await host.Client.GetSessionAsync(ids[0], CancellationToken.None);
        var second = await host.Client.GetSessionAsync(ids[1], CancellationToken.None);
        var third = await Assert.ThrowsAsync<GenesysApiException>(() => host.Client.GetSessionAsync(ids[2], CancellationToken.None));

        // Assert
        Assert.NotNull(first);
        Assert.NotNull(second);
        Assert.True(third.IsRateBudgetExhausted);
        Assert.Equal(2, host.Simulator.Calls.Get(SimulatorRoutes.JourneySession));
        Assert.Equal(1, host.Simulator.Calls.Get(SimulatorRoutes.OAuthToken));
    }

    private static async Task<bool> TryAcquireAsync(UpstreamRateBudget budget)
    {
        try
        {
            await budget.AcquireAsync(CancellationToken.None);
            return true;
        }
        catch (GenesysApiException refused) when (refused.IsRateBudgetExhausted)
        {
            return false;
        }
    }

    private static RedisConnection Connection(string connectionString)
        => new(Options.Create(new RedisOptions { ConnectionString = connectionString }));

    private static UpstreamRateBudget CreateBudget(
        UpstreamRateBudgetOptions options, string? clientId = "budget-tests", RedisConnection? redis = null, ILogger<UpstreamRateBudget>? logger = null)
    {
        return new UpstreamRateBudget(
            Options.Create(options),
            Options.Create(new GenesysOptions { ClientId = clientId }),
            new UpstreamBudgetMetrics(Meters),
            TimeProvider.System,
            logger ?? NullLogger<UpstreamRateBudget>.Instance,
            redis);
    }
}
