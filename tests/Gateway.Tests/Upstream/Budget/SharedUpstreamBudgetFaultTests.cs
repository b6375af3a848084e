using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using Gateway.Common.Errors;
using Gateway.Tests.Infrastructure;
using GenesysCloud.Simulator;
using Microsoft.Extensions.Logging;
using Xunit.Abstractions;

namespace Gateway.Tests.Upstream.Budget;

/// <summary>
/// Three real gateway processes on one Redis and one simulator with the platform's 300-a-minute limit, under cold
/// load far beyond the budget: together they send no more than the budget, the upstream never answers 429, and what
/// the budget allows (and what the cache already holds) still succeeds.
/// </summary>
public sealed class SharedUpstreamBudgetFaultTests(ITestOutputHelper output)
{
    private const int Budget = 300;
    private const int Gateways = 3;
    private const int WorkersPerGateway = 8;
    private static readonly TimeSpan DriveFor = TimeSpan.FromSeconds(12);
    private const string ContactQuery = "query($id: ID!) { externalContact(id: $id) { id lastName } }";

    [Fact]
    public async Task ThreeGatewayProcesses_ColdLoadBeyondTheBudget_UpstreamCountsNoMoreThanTheBudgetAndNo429()
    {
        // Arrange: the simulator in this process (it counts every call and refuses past 300 a minute), Redis, three gateways.
        var simulatorLogs = new CapturingLoggerProvider();
        await using var redis = new RedisServer();
        await redis.StartAsync();
        await using var simulator = await GatewayFactory.StartSimulatorAsync(
            new SimulatorOptions { Seed = 42, RateLimitPerMinute = Budget },
            builder => builder.Logging.AddProvider(simulatorLogs).SetMinimumLevel(LogLevel.Debug));
        var environment = new Dictionary<string, string>
        {
            ["Genesys__ApiBaseUrl"] = simulator.BaseAddress.ToString(),
            ["Genesys__LoginBaseUrl"] = simulator.BaseAddress.ToString(),
            ["Genesys__ClientId"] = simulator.DefaultClient.ClientId,
            ["Genesys__ClientSecret"] = simulator.DefaultClient.ClientSecret,
            ["Genesys__RateBudget__RequestsPerMinute"] = Budget.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Redis__ConnectionString"] = redis.ConnectionString,
            ["Logging__LogLevel__Default"] = "Warning",
            ["GraphQL__Playground__Enabled"] = "false",
        };
        var started = Stopwatch.StartNew();
        var gateways = new List<GatewayProcess>();
        try
        {
            var starting = Enumerable.Range(0, Gateways).Select(_ => GatewayProcess.StartAsync(environment, TimeSpan.FromSeconds(60))).ToList();
            foreach (var start in starting)
            {
                try
                {
                    gateways.Add(await start);
                }
                catch
                {
                    // Wait for the others, so every process started is in the list and killed below.
                    foreach (var other in starting.Where(s => s != start))
                    {
                        try
                        {
                            gateways.Add(await other);
                        }
                        catch (Exception ex) when (ex is InvalidOperationException or TimeoutException)
                        {
                            // Already disposed by StartAsync.
                        }
                    }

                    throw;
                }
            }

            output.WriteLine($"3 gateways healthy after {started.Elapsed.TotalSeconds:F1} s");

            // Act: cold queries over distinct contacts (one upstream call each) from 8 clients per gateway for 12 s.
            var ids = simulator.Data.ExternalContactIds;
            var next = -1;
            var outcomes = new ConcurrentBag<(int Gateway, string Id, QueryOutcome Outcome, string Detail)>();
            var drive = Stopwatch.StartNew();
            var workers = Enumerable.Range(0, Gateways * WorkersPerGateway).Select(worker => Task.Run(async () =>
            {
                var gateway = worker % Gateways;
                while (drive.Elapsed < DriveFor)
                {
                    var index = Interlocked.Increment(ref next);
                    if (index >= ids.Count)
                    {
                        return;
                    }

                    var id = ids[index];
                    var answer = await gateways[gateway].Client.PostGraphQLAsync(ContactQuery, new { id });
                    outcomes.Add((gateway, id, Classify(answer, id), answer.Status + " " + answer.Body));
                }
            })).ToArray();
            await Task.WhenAll(workers);
            var driveSeconds = drive.Elapsed.TotalSeconds;
            var apiCalls = simulator.Calls.Total - simulator.Calls.Get(SimulatorRoutes.OAuthToken);

            // Then: contacts fetched on one gateway, asked of another once the budget is spent, come from the shared cache.
            var callsBeforeWarm = simulator.Calls.Total;
            var warm = outcomes.Where(o => o.Outcome == QueryOutcome.Succeeded).Take(30).ToList();
            var warmAnswers = new List<QueryOutcome>();
            foreach (var (gateway, id, _, _) in warm)
            {
                warmAnswers.Add(Classify(await gateways[(gateway + 1) % Gateways].Client.PostGraphQLAsync(ContactQuery, new { id }), id));
            }

            // Assert
            var succeeded = outcomes.Count(o => o.Outcome == QueryOutcome.Succeeded);
            var refused = outcomes.Count(o => o.Outcome == QueryOutcome.RefusedByBudget);
            var rateLimited = simulatorLogs.Lines.Count(line => line.StartsWith("7121 ", StringComparison.Ordinal));
            output.WriteLine($"drive {driveSeconds:F1} s: {outcomes.Count} queries, {succeeded} succeeded, {refused} refused with the budget code; "
                + $"upstream API calls counted {apiCalls} (token calls {simulator.Calls.Get(SimulatorRoutes.OAuthToken)}), 429s {rateLimited}; "
                + $"warm {warmAnswers.Count(o => o == QueryOutcome.Succeeded)}/{warm.Count} from cache with {simulator.Calls.Total - callsBeforeWarm} upstream calls; "
                + $"test {started.Elapsed.TotalSeconds:F1} s");

            Assert.All(gateways, gateway => Assert.False(gateway.HasExited, gateway.RecentOutput()));
            Assert.True(started.Elapsed < TimeSpan.FromMinutes(1), "The whole run must fit in one window of the upstream's minute for the count below to be a per-minute count.");
            Assert.InRange(apiCalls, 1, Budget);
            Assert.NotEmpty(simulatorLogs.Lines); // the capture the 429 count reads is live
            Assert.Equal(0, rateLimited);
            Assert.Empty(outcomes.Where(o => o.Outcome == QueryOutcome.Other).Select(o => o.Detail).Take(3));
            Assert.True(succeeded >= Budget / 2, $"Only {succeeded} queries succeeded within a budget of {Budget}.");
            Assert.True(refused > 0, "The load was meant to exceed the budget.");
            Assert.NotEmpty(warm);
            Assert.All(warmAnswers, outcome => Assert.Equal(QueryOutcome.Succeeded, outcome));
            Assert.Equal(callsBeforeWarm, simulator.Calls.Total);
        }
        finally
        {
            foreach (var gateway in gateways)
            {
                await gateway.DisposeAsync();
            }
        }
    }

    private static QueryOutcome Classify(GraphQLResponse answer, string id)
    {
        if (answer.Status == HttpStatusCode.OK && !answer.HasErrors
            && answer.Data.GetProperty("externalContact").GetProperty("id").GetString() == id)
        {
            return QueryOutcome.Succeeded;
        }

        return answer.Status == HttpStatusCode.OK && answer.HasErrors
            && answer.ErrorCodes.All(code => code == GatewayErrorCodes.UpstreamRateBudgetExhausted)
            ? QueryOutcome.RefusedByBudget
            : QueryOutcome.Other;
    }

    private enum QueryOutcome
    {
        Succeeded,
        RefusedByBudget,
        Other,
    }
}
