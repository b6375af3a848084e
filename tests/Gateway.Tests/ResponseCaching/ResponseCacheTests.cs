using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Gateway.Caching;
using Gateway.ResponseCaching;
using Gateway.Tests.Caching;
using Gateway.Tests.Infrastructure;
using GenesysCloud.Simulator;
using Microsoft.Extensions.DependencyInjection;

namespace Gateway.Tests.ResponseCaching;

/// <summary>
/// The response cache of one memory-only gateway: what a hit costs, what drops a kept response (an eviction, the TTL
/// of the shortest-lived entity it holds, a per-kind cap) and what is never kept (errors, fail-safe values).
/// </summary>
public sealed class ResponseCacheTests : IAsyncLifetime
{
    private readonly GatewayFactory _gateway = new();
    private readonly GatewayFactory _shortLivedUsers = new GatewayFactory()
        .With("Cache:Durations:User", "00:00:00.300")
        .With("Cache:FailSafeThrottleDuration", "00:00:05");
    private readonly GatewayFactory _usersNeverKept = new GatewayFactory().With("ResponseCache:Durations:User", "00:00:00");
    private readonly ExecutingGatewayFactory _off = new();

    public async Task InitializeAsync()
    {
        await Task.WhenAll(_gateway.InitializeAsync(), _shortLivedUsers.InitializeAsync(), _usersNeverKept.InitializeAsync(), _off.InitializeAsync());
    }

    public async Task DisposeAsync()
    {
        foreach (var gateway in new[] { _gateway, _shortLivedUsers, _usersNeverKept, _off })
        {
            await ((IAsyncLifetime)gateway).DisposeAsync();
        }
    }

    [Fact]
    public async Task SameQueryTwice_SecondAnsweredFromTheResponseCache_NoUpstreamCallAndHitInExtensions()
    {
        // Arrange
        using var client = _gateway.CreateClient();
        var session = _gateway.Simulator.RichSessions().First();
        var first = await client.PostGraphQLAsync(CacheQueries.SessionDetail, new { id = session.Id });
        Assert.False(first.HasErrors, first.Body.ToString());
        _gateway.Simulator.Calls.Reset();

        // Act
        var second = await client.PostGraphQLAsync(CacheQueries.SessionDetail, new { id = session.Id });

        // Assert
        Assert.False(first.IsHit());
        Assert.True(second.IsHit(), second.Body.ToString());
        Assert.Equal(first.Data.ToString(), second.Data.ToString());
        Assert.Equal(0, _gateway.Simulator.Calls.Total);
    }

    [Fact]
    public async Task OtherVariables_NotTheKeptResponse()
    {
        // Arrange
        using var client = _gateway.CreateClient();
        var (one, other) = (_gateway.Simulator.Data.ExternalContactIds[20], _gateway.Simulator.Data.ExternalContactIds[21]);
        await client.PostGraphQLAsync(ResponseCacheAnswers.ContactQuery, new { id = one });

        // Act
        var answer = await client.PostGraphQLAsync(ResponseCacheAnswers.ContactQuery, new { id = other });

        // Assert
        Assert.False(answer.IsHit());
        Assert.Equal(other, answer.Data.GetProperty("externalContact").GetProperty("id").GetString());
    }

    [Fact]
    public async Task VariablesDifferingInOneListItem_NotAnsweredWithTheOthersResponse()
    {
        // Arrange: one roster is kept; the other differs in its last id only.
        using var client = _gateway.CreateClient();
        const string roster = "query($ids: [ID!]!) { users(ids: $ids) { id } }";
        var ids = _gateway.Simulator.Data.UserIds;
        await client.PostGraphQLAsync(roster, new { ids = new[] { ids[0], ids[1] } });
        Assert.True((await client.PostGraphQLAsync(roster, new { ids = new[] { ids[0], ids[1] } })).IsHit());

        // Act
        var other = await client.PostGraphQLAsync(roster, new { ids = new[] { ids[0], ids[2] } });

        // Assert
        Assert.False(other.IsHit());
        Assert.Equal([ids[0], ids[2]], other.Data.GetProperty("users").EnumerateArray().Select(user => user.GetProperty("id").GetString()));
    }

    [Fact]
    public async Task EntityEvicted_ResponseHoldingItExecutedAgain_WithTheNewValue()
    {
        // Arrange: the contact's response is kept, then the contact changes upstream and is evicted (as an event does).
        using var client = _gateway.CreateClient();
        var organization = _gateway.Simulator.Data.DefaultOrganizationId;
        var contactId = _gateway.Simulator.Data.ExternalContactIds[7];
        await client.PostGraphQLAsync(ResponseCacheAnswers.ContactQuery, new { id = contactId });
        Assert.True((await client.PostGraphQLAsync(ResponseCacheAnswers.ContactQuery, new { id = contactId })).IsHit());
        var renamed = _gateway.Simulator.Data.GetExternalContact(organization, contactId)! with { LastName = "Renamed-" + Guid.NewGuid().ToString("N")[..8] };
        _gateway.Simulator.Data.UpdateExternalContact(organization, contactId, renamed);

        // Act
        await _gateway.Services.GetRequiredService<EntityCache>().EvictAsync(EntityKinds.ExternalContact, contactId, CancellationToken.None);
        var after = await client.PostGraphQLAsync(ResponseCacheAnswers.ContactQuery, new { id = contactId });

        // Assert
        Assert.False(after.IsHit());
        Assert.Equal(renamed.LastName, ResponseCacheAnswers.LastNameOf(after));
    }

    [Fact]
    public async Task ContactsPagesEvicted_JourneyResponseExecutedAgain()
    {
        // Arrange: a contact's journey page is a group entry (tagged by contact); a new session evicts the group.
        using var client = _gateway.CreateClient();
        var contactId = _gateway.Simulator.RichSessions().Skip(2).First().ExternalContact!.Id!;
        const string journey = "query($id: ID!) { sessionsByExternalContact(externalContactId: $id, first: 5) { nodes { id type } } }";
        await client.PostGraphQLAsync(journey, new { id = contactId });
        Assert.True((await client.PostGraphQLAsync(journey, new { id = contactId })).IsHit());
        var listings = _gateway.Simulator.Calls.Get(SimulatorRoutes.ExternalContactJourneySessions);

        // Act
        await _gateway.Services.GetRequiredService<EntityCache>().EvictTaggedAsync(EntityKinds.SessionPage, contactId.ToLowerInvariant(), CancellationToken.None);
        var after = await client.PostGraphQLAsync(journey, new { id = contactId });

        // Assert
        Assert.False(after.IsHit());
        Assert.Equal(listings + 1, _gateway.Simulator.Calls.Get(SimulatorRoutes.ExternalContactJourneySessions));
    }

    [Fact]
    public async Task ResponseWithErrors_NotKept()
    {
        // Arrange
        using var client = _gateway.CreateClient();
        await client.PostGraphQLAsync(ResponseCacheAnswers.UserQuery, new { id = "no-such-user" });

        // Act
        var again = await client.PostGraphQLAsync(ResponseCacheAnswers.UserQuery, new { id = "no-such-user" });

        // Assert
        Assert.True(again.HasErrors);
        Assert.False(again.IsHit());
    }

    [Fact]
    public async Task ResponseKeptNoLongerThanItsShortestLivedEntity()
    {
        // Arrange: users live 300 ms in this gateway, everything else minutes.
        using var client = _shortLivedUsers.CreateClient();
        var session = _shortLivedUsers.Simulator.RichSessions().Skip(5).First();
        await client.PostGraphQLAsync(CacheQueries.SessionDetail, new { id = session.Id });
        var kept = await client.PostGraphQLAsync(CacheQueries.SessionDetail, new { id = session.Id });
        var users = _shortLivedUsers.Simulator.Calls.Get(SimulatorRoutes.Users);
        await Task.Delay(TimeSpan.FromMilliseconds(600)); // past the user's TTL: expiry is time itself, there is no event to await

        // Act
        var later = await client.PostGraphQLAsync(CacheQueries.SessionDetail, new { id = session.Id });

        // Assert: executed again, and the expired user fetched again.
        Assert.True(kept.IsHit());
        Assert.False(later.IsHit());
        Assert.Equal(users + 1, _shortLivedUsers.Simulator.Calls.Get(SimulatorRoutes.Users));
    }

    [Fact]
    public async Task ResponseHoldingAStaleEntity_NotKept()
    {
        // Arrange: the user expires, then the upstream fails: the fail-safe serves the last good value, marked stale.
        using var client = _shortLivedUsers.CreateClient();
        var session = _shortLivedUsers.Simulator.RichSessions().Skip(6).First();
        await client.PostGraphQLAsync(CacheQueries.SessionDetail, new { id = session.Id });
        await Task.Delay(TimeSpan.FromMilliseconds(600));
        _shortLivedUsers.Simulator.Faults.Fail(SimulatorRoutes.Users, 500);
        try
        {
            var stale = await client.PostGraphQLAsync(CacheQueries.SessionDetail, new { id = session.Id });
            Assert.True(stale.Body.GetProperty("extensions").TryGetProperty("staleEntities", out _), stale.Body.ToString());

            // Act
            var next = await client.PostGraphQLAsync(CacheQueries.SessionDetail, new { id = session.Id });

            // Assert: executed again (and told again that the user is stale), not answered from a kept response.
            Assert.False(next.IsHit());
            Assert.True(next.Body.GetProperty("extensions").TryGetProperty("staleEntities", out _), next.Body.ToString());
        }
        finally
        {
            _shortLivedUsers.Simulator.Faults.Clear();
        }
    }

    [Fact]
    public async Task KindCappedAtZero_ResponsesHoldingItNeverKept_OthersKept()
    {
        // Arrange
        using var client = _usersNeverKept.CreateClient();
        var userId = _usersNeverKept.Simulator.Data.UserIds[3];
        var contactId = _usersNeverKept.Simulator.Data.ExternalContactIds[3];
        await client.PostGraphQLAsync(ResponseCacheAnswers.UserQuery, new { id = userId });
        await client.PostGraphQLAsync(ResponseCacheAnswers.ContactQuery, new { id = contactId });

        // Act
        var user = await client.PostGraphQLAsync(ResponseCacheAnswers.UserQuery, new { id = userId });
        var contact = await client.PostGraphQLAsync(ResponseCacheAnswers.ContactQuery, new { id = contactId });

        // Assert
        Assert.False(user.IsHit());
        Assert.True(contact.IsHit());
    }

    [Fact]
    public async Task Disabled_EveryQueryExecuted()
    {
        // Arrange
        using var client = _off.CreateClient();
        var contactId = _off.Simulator.Data.ExternalContactIds[4];
        await client.PostGraphQLAsync(ResponseCacheAnswers.ContactQuery, new { id = contactId });

        // Act
        var again = await client.PostGraphQLAsync(ResponseCacheAnswers.ContactQuery, new { id = contactId });

        // Assert
        Assert.False(again.HasErrors, again.Body.ToString());
        Assert.False(again.IsHit());
    }

    [Fact]
    public async Task LookupsAndStores_CountedOnTheMeter()
    {
        // Arrange: listen to this gateway's meter only (other tests' gateways run meanwhile).
        var scope = _gateway.Services.GetRequiredService<IMeterFactory>();
        var measurements = new ConcurrentQueue<(string Instrument, string? Tag)>();
        using var listener = new MeterListener
        {
            InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Meter.Name == ResponseCacheMetrics.MeterName && ReferenceEquals(instrument.Meter.Scope, scope))
                {
                    l.EnableMeasurementEvents(instrument);
                }
            },
        };
        listener.SetMeasurementEventCallback<long>((instrument, _, tags, _) => measurements.Enqueue((instrument.Name, tags.ToArray().Select(t => t.Value as string).FirstOrDefault())));
        listener.Start();
        using var client = _gateway.CreateClient();
        var contactId = _gateway.Simulator.Data.ExternalContactIds[30];

        // Act
        await client.PostGraphQLAsync(ResponseCacheAnswers.ContactQuery, new { id = contactId });
        await client.PostGraphQLAsync(ResponseCacheAnswers.ContactQuery, new { id = contactId });

        // Assert
        Assert.Equal(
            [(ResponseCacheMetrics.LookupsInstrumentName, "miss"), (ResponseCacheMetrics.StoresInstrumentName, "stored"), (ResponseCacheMetrics.LookupsInstrumentName, "hit")],
            measurements.ToArray());
    }
}
