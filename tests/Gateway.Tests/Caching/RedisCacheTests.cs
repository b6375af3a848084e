using System.Diagnostics;
using Gateway.Caching;
using Gateway.Tests.Infrastructure;
using GenesysCloud.Simulator;
using Microsoft.Extensions.DependencyInjection;
using StackExchange.Redis;

namespace Gateway.Tests.Caching;

/// <summary>
/// Gateways sharing a real <c>redis-server</c> (L2 and backplane): one instance's fetches serve the others, an
/// eviction reaches every instance, tenants never share entries, and Redis going away slows nothing down.
/// </summary>
public sealed class RedisCacheTests : IAsyncLifetime
{
    private readonly SharedRedisUpstream _upstream = new();

    public Task InitializeAsync() => _upstream.InitializeAsync();

    public Task DisposeAsync() => _upstream.DisposeAsync();

    [Fact]
    public async Task SecondInstance_SharingRedis_ServesFirstInstancesEntriesWithoutUpstreamCalls()
    {
        // Arrange
        var first = await _upstream.StartGatewayAsync();
        var second = await _upstream.StartGatewayAsync();
        var session = _upstream.Simulator.RichSessions().First();
        using var firstClient = first.CreateClient();
        var warm = await firstClient.PostGraphQLAsync(CacheQueries.SessionDetail, new { id = session.Id });
        Assert.False(warm.HasErrors, warm.Body.ToString());
        // The entities, and the credentials' organization (the tenant segment of every key).
        await WaitForEntriesAsync(minimum: 5 + session.SegmentAssignments!.Count);
        await Eventually.ValueAsync(EntryKeysAsync, keys => keys.Any(k => k.Contains(":organization-of:", StringComparison.Ordinal)));
        _upstream.Simulator.Calls.Reset();

        // Act
        using var secondClient = second.CreateClient();
        var answer = await secondClient.PostGraphQLAsync(CacheQueries.SessionDetail, new { id = session.Id });

        // Assert
        Assert.Equal(warm.Data.ToString(), answer.Data.ToString());
        Assert.Equal(0, _upstream.Simulator.EntityCalls());
        Assert.Equal(0, _upstream.Simulator.Calls.Get(SimulatorRoutes.OrganizationMe));
    }

    [Fact]
    public async Task Eviction_OnOneInstance_SeenByTheOther()
    {
        // Arrange: both instances hold the contact in memory.
        var first = await _upstream.StartGatewayAsync();
        var second = await _upstream.StartGatewayAsync();
        var organization = _upstream.Simulator.Data.DefaultOrganizationId;
        var contactId = _upstream.Simulator.Data.ExternalContactIds[3];
        const string query = "query($id: ID!) { externalContact(id: $id) { id lastName } }";
        using var firstClient = first.CreateClient();
        using var secondClient = second.CreateClient();
        var before = await firstClient.PostGraphQLAsync(query, new { id = contactId });
        await WaitForEntriesAsync(minimum: 1);
        var seenBySecond = await secondClient.PostGraphQLAsync(query, new { id = contactId });
        Assert.Equal(before.Data.ToString(), seenBySecond.Data.ToString());
        var renamed = _upstream.Simulator.Data.GetExternalContact(organization, contactId)! with { LastName = "Renamed-" + Guid.NewGuid().ToString("N")[..8] };
        _upstream.Simulator.Data.UpdateExternalContact(organization, contactId, renamed);

        // Act
        await first.Services.GetRequiredService<EntityCache>().EvictAsync(EntityKinds.ExternalContact, contactId, CancellationToken.None);

        // Assert: the backplane message is asynchronous; the second instance answers the new name once it lands.
        var lastName = await Eventually.ValueAsync(async () =>
        {
            var answer = await secondClient.PostGraphQLAsync(query, new { id = contactId });
            return answer.Data.GetProperty("externalContact").GetProperty("lastName").GetString();
        }, name => name == renamed.LastName);
        Assert.Equal(renamed.LastName, lastName);
    }

    [Fact]
    public async Task TwoTenants_SameEntityId_EachGetsItsOwnValue()
    {
        // Arrange: tenant A on the embedded default credentials, tenant B on its own client in another organization.
        var tenantA = await _upstream.StartGatewayAsync();
        var tenantB = await _upstream.StartGatewayAsync(gateway => gateway
            .With("Genesys:ApiBaseUrl", _upstream.Simulator.BaseAddress.ToString())
            .With("Genesys:LoginBaseUrl", _upstream.Simulator.BaseAddress.ToString())
            .With("Genesys:ClientId", SharedRedisUpstream.TenantBClientId)
            .With("Genesys:ClientSecret", SharedRedisUpstream.TenantBSecret));
        var userId = _upstream.Simulator.Data.UserIds[5];
        const string query = "query($id: ID!) { user(id: $id) { id name email } }";
        using var clientA = tenantA.CreateClient();
        using var clientB = tenantB.CreateClient();
        var answerA = await clientA.PostGraphQLAsync(query, new { id = userId });
        Assert.False(answerA.HasErrors, answerA.Body.ToString());
        await WaitForEntriesAsync(minimum: 1);

        // Act
        var answerB = await clientB.PostGraphQLAsync(query, new { id = userId });
        Assert.False(answerB.HasErrors, answerB.Body.ToString());
        await WaitForEntriesAsync(minimum: 2);

        // Assert
        var expectedA = _upstream.Simulator.Data.GetUser(_upstream.Simulator.Data.DefaultOrganizationId, userId)!;
        var expectedB = _upstream.Simulator.Data.GetUser(SharedRedisUpstream.TenantBOrganizationId, userId)!;
        Assert.NotEqual(expectedA.Name, expectedB.Name);
        Assert.Equal(expectedA.Name, answerA.Data.GetProperty("user").GetProperty("name").GetString());
        Assert.Equal(expectedB.Name, answerB.Data.GetProperty("user").GetProperty("name").GetString());
        var keys = await EntryKeysAsync();
        Assert.Contains(keys, k => k.Contains(_upstream.Simulator.Data.DefaultOrganizationId, StringComparison.Ordinal) && k.EndsWith(userId, StringComparison.Ordinal));
        Assert.Contains(keys, k => k.Contains(SharedRedisUpstream.TenantBOrganizationId, StringComparison.Ordinal) && k.EndsWith(userId, StringComparison.Ordinal));
        Assert.DoesNotContain(keys, k => k.Contains("token", StringComparison.OrdinalIgnoreCase) || k.Contains("secret", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task RedisStopped_EveryQueryStillAnswers_HealthDegraded_ThenReconnects()
    {
        // Arrange
        var gateway = await _upstream.StartGatewayAsync();
        using var client = gateway.CreateClient();
        var sessions = _upstream.Simulator.RichSessions().Take(30).ToList();
        var warm = await client.PostGraphQLAsync(CacheQueries.SessionDetail, new { id = sessions[0].Id });
        Assert.False(warm.HasErrors, warm.Body.ToString());
        Assert.Equal("Healthy", await client.GetStringAsync("/health"));

        // Act: Redis goes away mid-run.
        await _upstream.Redis.StopAsync();
        var elapsed = Stopwatch.StartNew();
        var answers = new List<GraphQLResponse>();
        foreach (var session in sessions.Skip(1).Take(20))
        {
            answers.Add(await client.PostGraphQLAsync(CacheQueries.SessionDetail, new { id = session.Id }));
        }

        elapsed.Stop();
        var health = await client.GetStringAsync("/health");

        // Assert: all answered, none waited on Redis for long, and health says degraded, not down.
        Assert.All(answers, a => Assert.False(a.HasErrors, a.Body.ToString()));
        Assert.True(elapsed.Elapsed < TimeSpan.FromSeconds(15), $"20 queries took {elapsed.Elapsed} without Redis");
        Assert.Equal("Degraded", health);

        // And when Redis is back on its port, the gateway reconnects by itself and writes to it again.
        await _upstream.Redis.StartAsync();
        var stored = await Eventually.ValueAsync(async () =>
        {
            var next = sessions[21 + Random.Shared.Next(9)];
            await client.PostGraphQLAsync(CacheQueries.SessionDetail, new { id = next.Id });
            return (await EntryKeysAsync()).Count;
        }, count => count > 0, TimeSpan.FromSeconds(30));
        Assert.True(stored > 0);
        Assert.Equal("Healthy", await Eventually.ValueAsync(() => client.GetStringAsync("/health"), h => h == "Healthy", TimeSpan.FromSeconds(30)));
    }

    [Fact]
    public async Task RedisStallsMidRun_EveryQueryAnswersWithinABoundedDelay()
    {
        // Arrange: a connected gateway, then Redis stops answering commands for three seconds (it stays connected).
        var gateway = await _upstream.StartGatewayAsync();
        using var client = gateway.CreateClient();
        var sessions = _upstream.Simulator.RichSessions().Skip(40).Take(11).ToList();
        var warm = await client.PostGraphQLAsync(CacheQueries.SessionDetail, new { id = sessions[0].Id });
        Assert.False(warm.HasErrors, warm.Body.ToString());
        await using (var admin = await _upstream.Redis.ConnectAsync())
        {
            await admin.GetServer(admin.GetEndPoints()[0]).ExecuteAsync("CLIENT", "PAUSE", "3000");
        }

        // Act
        var slowest = TimeSpan.Zero;
        foreach (var session in sessions.Skip(1))
        {
            var clock = Stopwatch.StartNew();
            var answer = await client.PostGraphQLAsync(CacheQueries.SessionDetail, new { id = session.Id });
            slowest = clock.Elapsed > slowest ? clock.Elapsed : slowest;

            // Assert: answered from the upstream, each read of Redis given up after its soft timeout (250 ms here).
            Assert.False(answer.HasErrors, answer.Body.ToString());
        }

        Assert.True(slowest < TimeSpan.FromSeconds(2.5), $"the slowest query took {slowest} while Redis stalled");
    }

    private async Task<IReadOnlyList<string>> EntryKeysAsync()
    {
        await using var redis = await _upstream.Redis.ConnectAsync();
        var server = redis.GetServer(redis.GetEndPoints()[0]);
        // FusionCache puts its wire-format version in front of our keys.
        return [.. server.Keys(pattern: "*gw:v1:*").Select(k => k.ToString())];
    }

    // L2 writes happen in the background; wait for them instead of sleeping.
    private Task WaitForEntriesAsync(int minimum)
        => Eventually.ValueAsync(EntryKeysAsync, keys => keys.Count >= minimum);
}
