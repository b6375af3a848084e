using System.Diagnostics;
using Gateway.Caching;
using Gateway.Tests.Infrastructure;
using GenesysCloud.Simulator;
using Microsoft.Extensions.DependencyInjection;

namespace Gateway.Tests.ResponseCaching;

/// <summary>
/// Responses kept by gateways sharing a real <c>redis-server</c>: an eviction on either instance drops the responses
/// of both (tag removal through Redis and the backplane), and two organizations never share one, even with the
/// responses themselves in Redis.
/// </summary>
public sealed class ResponseCacheRedisTests : IAsyncLifetime
{
    private const string TenantBClientId = "tenant-b-client";
    private const string TenantBSecret = "tenant-b-secret";
    private const string TenantBOrganizationId = "00000000-0000-4000-8000-0000000000b2";

    private readonly RedisServer _redis = new();
    private readonly List<GatewayFactory> _gateways = [];
    private EmbeddedGenesysSimulator _simulator = null!;

    public async Task InitializeAsync()
    {
        await _redis.InitializeAsync();
        var options = new SimulatorOptions { Seed = 42 };
        options.Clients.Add(SimulatorClientOptions.Default);
        options.Clients.Add(new SimulatorClientOptions
        {
            ClientId = TenantBClientId,
            ClientSecret = TenantBSecret,
            OrganizationId = TenantBOrganizationId,
            OrganizationName = "Tenant B",
        });
        _simulator = await GatewayFactory.StartSimulatorAsync(options);
    }

    public async Task DisposeAsync()
    {
        foreach (var gateway in _gateways)
        {
            await ((IAsyncLifetime)gateway).DisposeAsync();
        }

        await _simulator.DisposeAsync();
        await _redis.DisposeAsync();
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    public async Task ContactEvictedOnEitherInstance_NeitherAnswersItsKeptResponseAgain(int evictingInstance)
    {
        // Arrange: both instances keep the contact's response (each answered the second query from it).
        GatewayFactory[] instances = [await StartGatewayAsync(), await StartGatewayAsync()];
        var clients = instances.Select(instance => instance.CreateClient()).ToArray();
        var organization = _simulator.Data.DefaultOrganizationId;
        var contactId = _simulator.Data.ExternalContactIds[10 + evictingInstance];
        foreach (var client in clients)
        {
            await client.PostGraphQLAsync(ResponseCacheAnswers.ContactQuery, new { id = contactId });
            Assert.True((await client.PostGraphQLAsync(ResponseCacheAnswers.ContactQuery, new { id = contactId })).IsHit());
        }

        var renamed = _simulator.Data.GetExternalContact(organization, contactId)! with { LastName = "Renamed-" + Guid.NewGuid().ToString("N")[..8] };
        _simulator.Data.UpdateExternalContact(organization, contactId, renamed);

        // Act: only one instance evicts (as the one that received the upstream event does).
        await instances[evictingInstance].Services.GetRequiredService<EntityCache>().EvictAsync(EntityKinds.ExternalContact, contactId, CancellationToken.None);

        // Assert: the evicting instance at once; the other once the backplane message lands (asynchronous, so polled:
        // without it the old response would be answered for the contact's whole TTL, minutes).
        Assert.Equal(renamed.LastName, ResponseCacheAnswers.LastNameOf(await clients[evictingInstance].PostGraphQLAsync(ResponseCacheAnswers.ContactQuery, new { id = contactId })));
        var other = clients[1 - evictingInstance];
        var seen = await EventuallyAsync(
            async () => ResponseCacheAnswers.LastNameOf(await other.PostGraphQLAsync(ResponseCacheAnswers.ContactQuery, new { id = contactId })),
            name => name == renamed.LastName);
        Assert.Equal(renamed.LastName, seen);
        foreach (var client in clients)
        {
            client.Dispose();
        }
    }

    [Fact]
    public async Task TwoOrganizations_SameQuery_NeverShareAResponse_EvenInRedis()
    {
        // Arrange: responses in Redis too, so an instance of the same organization could be answered by another's.
        var tenantA = await StartGatewayAsync(gateway => gateway.With("ResponseCache:UseDistributedCache", "true"));
        var secondA = await StartGatewayAsync(gateway => gateway.With("ResponseCache:UseDistributedCache", "true"));
        var tenantB = await StartGatewayAsync(gateway => gateway
            .With("ResponseCache:UseDistributedCache", "true")
            .With("Genesys:ApiBaseUrl", _simulator.BaseAddress.ToString())
            .With("Genesys:LoginBaseUrl", _simulator.BaseAddress.ToString())
            .With("Genesys:ClientId", TenantBClientId)
            .With("Genesys:ClientSecret", TenantBSecret));
        var userId = _simulator.Data.UserIds
            .First(id => _simulator.Data.GetUser(_simulator.Data.DefaultOrganizationId, id)!.Name != _simulator.Data.GetUser(TenantBOrganizationId, id)!.Name);
        using var clientA = tenantA.CreateClient();
        using var clientSecondA = secondA.CreateClient();
        using var clientB = tenantB.CreateClient();
        var answerA = await clientA.PostGraphQLAsync(ResponseCacheAnswers.UserQuery, new { id = userId });
        Assert.False(answerA.HasErrors, answerA.Body.ToString());

        // Act: the same organization's other instance reads A's response from Redis; the other organization never does.
        var fromRedis = await EventuallyAsync(() => clientSecondA.PostGraphQLAsync(ResponseCacheAnswers.UserQuery, new { id = userId }), answer => answer.IsHit());
        var answerB = await clientB.PostGraphQLAsync(ResponseCacheAnswers.UserQuery, new { id = userId });
        var againB = await clientB.PostGraphQLAsync(ResponseCacheAnswers.UserQuery, new { id = userId });

        // Assert
        Assert.True(fromRedis.IsHit());
        Assert.Equal(answerA.Data.ToString(), fromRedis.Data.ToString());
        Assert.False(answerB.IsHit());
        Assert.Equal(_simulator.Data.GetUser(TenantBOrganizationId, userId)!.Name, answerB.Data.GetProperty("user").GetProperty("name").GetString());
        Assert.True(againB.IsHit());
        Assert.Equal(answerB.Data.ToString(), againB.Data.ToString());
    }

    private async Task<GatewayFactory> StartGatewayAsync(Func<GatewayFactory, GatewayFactory>? configure = null)
    {
        var gateway = new GatewayFactory { SharedSimulator = _simulator }
            .With("Redis:ConnectionString", _redis.ConnectionString)
            .With("Cache:DistributedCacheSoftTimeout", "00:00:00.250");
        gateway = configure?.Invoke(gateway) ?? gateway;
        _gateways.Add(gateway);
        await gateway.InitializeAsync();
        return gateway;
    }

    private static async Task<T> EventuallyAsync<T>(Func<Task<T>> probe, Func<T, bool> done)
    {
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            var value = await probe();
            if (done(value) || deadline.Elapsed > TimeSpan.FromSeconds(10))
            {
                return value;
            }

            await Task.Delay(50);
        }
    }
}
