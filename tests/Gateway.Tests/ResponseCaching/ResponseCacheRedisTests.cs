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
    private readonly SharedRedisUpstream _upstream = new();

    public Task InitializeAsync() => _upstream.InitializeAsync();

    public Task DisposeAsync() => _upstream.DisposeAsync();

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    public async Task ContactEvictedOnEitherInstance_NeitherAnswersItsKeptResponseAgain(int evictingInstance)
    {
        // Arrange: both instances keep the contact's response (each answered the second query from it).
        GatewayFactory[] instances = [await _upstream.StartGatewayAsync(), await _upstream.StartGatewayAsync()];
        var clients = instances.Select(instance => instance.CreateClient()).ToArray();
        var organization = _upstream.Simulator.Data.DefaultOrganizationId;
        var contactId = _upstream.Simulator.Data.ExternalContactIds[10 + evictingInstance];
        foreach (var client in clients)
        {
            await client.PostGraphQLAsync(ResponseCacheAnswers.ContactQuery, new { id = contactId });
            Assert.True((await client.PostGraphQLAsync(ResponseCacheAnswers.ContactQuery, new { id = contactId })).IsHit());
        }

        var renamed = _upstream.Simulator.Data.GetExternalContact(organization, contactId)! with { LastName = "Renamed-" + Guid.NewGuid().ToString("N")[..8] };
        _upstream.Simulator.Data.UpdateExternalContact(organization, contactId, renamed);

        // Act: only one instance evicts (as the one that received the upstream event does).
        await instances[evictingInstance].Services.GetRequiredService<EntityCache>().EvictAsync(EntityKinds.ExternalContact, contactId, CancellationToken.None);

        // Assert: the evicting instance at once; the other once the backplane message lands (asynchronous, so polled:
        // without it the old response would be answered for the contact's whole TTL, minutes).
        Assert.Equal(renamed.LastName, ResponseCacheAnswers.LastNameOf(await clients[evictingInstance].PostGraphQLAsync(ResponseCacheAnswers.ContactQuery, new { id = contactId })));
        var other = clients[1 - evictingInstance];
        var seen = await Eventually.ValueAsync(
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
        var tenantA = await _upstream.StartGatewayAsync(gateway => gateway.With("ResponseCache:UseDistributedCache", "true"));
        var secondA = await _upstream.StartGatewayAsync(gateway => gateway.With("ResponseCache:UseDistributedCache", "true"));
        var tenantB = await _upstream.StartGatewayAsync(gateway => gateway
            .With("ResponseCache:UseDistributedCache", "true")
            .With("Genesys:ApiBaseUrl", _upstream.Simulator.BaseAddress.ToString())
            .With("Genesys:LoginBaseUrl", _upstream.Simulator.BaseAddress.ToString())
            .With("Genesys:ClientId", SharedRedisUpstream.TenantBClientId)
            .With("Genesys:ClientSecret", SharedRedisUpstream.TenantBSecret));
        var userId = _upstream.Simulator.Data.UserIds
            .First(id => _upstream.Simulator.Data.GetUser(_upstream.Simulator.Data.DefaultOrganizationId, id)!.Name != _upstream.Simulator.Data.GetUser(SharedRedisUpstream.TenantBOrganizationId, id)!.Name);
        using var clientA = tenantA.CreateClient();
        using var clientSecondA = secondA.CreateClient();
        using var clientB = tenantB.CreateClient();
        var answerA = await clientA.PostGraphQLAsync(ResponseCacheAnswers.UserQuery, new { id = userId });
        Assert.False(answerA.HasErrors, answerA.Body.ToString());

        // Act: the same organization's other instance reads A's response from Redis; the other organization never does.
        var fromRedis = await Eventually.ValueAsync(() => clientSecondA.PostGraphQLAsync(ResponseCacheAnswers.UserQuery, new { id = userId }), answer => answer.IsHit());
        var answerB = await clientB.PostGraphQLAsync(ResponseCacheAnswers.UserQuery, new { id = userId });
        var againB = await clientB.PostGraphQLAsync(ResponseCacheAnswers.UserQuery, new { id = userId });

        // Assert
        Assert.True(fromRedis.IsHit());
        Assert.Equal(answerA.Data.ToString(), fromRedis.Data.ToString());
        Assert.False(answerB.IsHit());
        Assert.Equal(_upstream.Simulator.Data.GetUser(SharedRedisUpstream.TenantBOrganizationId, userId)!.Name, answerB.Data.GetProperty("user").GetProperty("name").GetString());
        Assert.True(againB.IsHit());
        Assert.Equal(answerB.Data.ToString(), againB.Data.ToString());
    }
}
