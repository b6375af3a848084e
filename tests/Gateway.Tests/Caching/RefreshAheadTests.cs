using System.Diagnostics;
using Gateway.Tests.Infrastructure;
using Gateway.Tests.ResponseCaching;

namespace Gateway.Tests.Caching;

/// <summary>
/// Refresh-ahead (<c>Cache:RefreshAheadRatio</c>): a hit late in an entry's life renews it in the background, so a read
/// after its old time to live finds it fresh instead of waiting for the upstream. Contacts live three seconds here and a
/// hit after 60% of that renews them; the waits only pass those marks, the calls counted are what is asserted. The late
/// read asks for other fields of the contact, so the response cache does not answer it in place of the entity cache.
/// </summary>
public sealed class RefreshAheadTests : IAsyncLifetime
{
    private const string ContactTtl = "00:00:03";
    private const string LateQuery = "query($id: ID!) { externalContact(id: $id) { id firstName } }";
    private static readonly TimeSpan LateInItsLife = TimeSpan.FromSeconds(2.0);
    private static readonly TimeSpan PastItsOldTtl = TimeSpan.FromSeconds(3.3);
    private static readonly TimeSpan OldTtl = TimeSpan.FromSeconds(3);
    private static readonly TimeSpan OldTtlMargin = TimeSpan.FromSeconds(2.8);
    private static readonly TimeSpan CallWait = TimeSpan.FromSeconds(5);

    private readonly GatewayFactory _renewing = new GatewayFactory()
        .With("Cache:Durations:ExternalContact", ContactTtl)
        .With("Cache:RefreshAheadRatio", "0.6");

    private readonly GatewayFactory _notRenewing = new GatewayFactory()
        .With("Cache:Durations:ExternalContact", ContactTtl)
        .With("Cache:RefreshAheadRatio", "0");

    public async Task InitializeAsync()
    {
        await _renewing.InitializeAsync();
        await _notRenewing.InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        await ((IAsyncLifetime)_renewing).DisposeAsync();
        await ((IAsyncLifetime)_notRenewing).DisposeAsync();
    }

    [Fact]
    public async Task HitLateInItsLife_RenewedInTheBackground_ReadAfterItsOldTtlCostsNoCall()
    {
        // Arrange
        using var client = _renewing.CreateClient();
        var contactId = _renewing.Simulator.Data.ExternalContactIds[30];
        var first = await client.PostGraphQLAsync(ResponseCacheAnswers.ContactQuery, new { id = contactId });
        var fetched = Stopwatch.StartNew();
        Assert.False(first.HasErrors, first.Body.ToString());
        _renewing.Simulator.Calls.Reset();
        await DelayUntilAsync(fetched, LateInItsLife);

        // Act
        var late = await client.PostGraphQLAsync(LateQuery, new { id = contactId });
        var renewed = await WaitForCallsAsync(_renewing, 1);
        await DelayUntilAsync(fetched, PastItsOldTtl);
        var afterOldTtl = await client.PostGraphQLAsync(ResponseCacheAnswers.ContactQuery, new { id = contactId });

        // Assert: the late read answered from the cache and started the one renewal; the read after the old TTL cost nothing.
        Assert.False(late.HasErrors, late.Body.ToString());
        Assert.True(renewed, "no renewal reached the upstream after the late hit");
        Assert.Equal(ResponseCacheAnswers.LastNameOf(first), ResponseCacheAnswers.LastNameOf(afterOldTtl));
        Assert.Equal(1, _renewing.Simulator.Calls.Total);
    }

    [Fact]
    public async Task ResponseHitLateInItsLife_OneRequestExecutesInstead_EntityRenewedWithoutAWait()
    {
        // Arrange: the contact's response is kept; it lives as long as the contact is fresh.
        using var client = _renewing.CreateClient();
        var contactId = _renewing.Simulator.Data.ExternalContactIds[33];
        var first = await client.PostGraphQLAsync(ResponseCacheAnswers.ContactQuery, new { id = contactId });
        var fetched = Stopwatch.StartNew();
        Assert.True((await client.PostGraphQLAsync(ResponseCacheAnswers.ContactQuery, new { id = contactId })).IsHit());
        _renewing.Simulator.Calls.Reset();
        await DelayUntilAsync(fetched, LateInItsLife);

        // Act
        var late = await client.PostGraphQLAsync(ResponseCacheAnswers.ContactQuery, new { id = contactId });
        var renewed = await WaitForCallsAsync(_renewing, 1);
        await DelayUntilAsync(fetched, PastItsOldTtl);
        var afterOldTtl = await client.PostGraphQLAsync(ResponseCacheAnswers.ContactQuery, new { id = contactId });

        // Assert: the late request executed (from the entity cache) and so started the renewal; nothing waited for it.
        Assert.False(late.IsHit());
        Assert.Equal(ResponseCacheAnswers.LastNameOf(first), ResponseCacheAnswers.LastNameOf(late));
        Assert.True(renewed, "no renewal reached the upstream after the late response hit");
        Assert.Equal(ResponseCacheAnswers.LastNameOf(first), ResponseCacheAnswers.LastNameOf(afterOldTtl));
        Assert.Equal(1, _renewing.Simulator.Calls.Total);
    }

    [Fact]
    public async Task RefreshAheadOff_HitLateInItsLife_FetchesNothing_ReadAfterItsTtlFetchesIt()
    {
        // Arrange
        using var client = _notRenewing.CreateClient();
        var contactId = _notRenewing.Simulator.Data.ExternalContactIds[31];
        var first = await client.PostGraphQLAsync(ResponseCacheAnswers.ContactQuery, new { id = contactId });
        var fetched = Stopwatch.StartNew();
        Assert.False(first.HasErrors, first.Body.ToString());
        _notRenewing.Simulator.Calls.Reset();
        await DelayUntilAsync(fetched, LateInItsLife);

        // Act
        var late = await client.PostGraphQLAsync(LateQuery, new { id = contactId });
        var renewed = await WaitForCallsAsync(_notRenewing, 1, TimeSpan.FromMilliseconds(500));
        await DelayUntilAsync(fetched, PastItsOldTtl);
        var afterTtl = await client.PostGraphQLAsync(ResponseCacheAnswers.ContactQuery, new { id = contactId });

        // Assert
        Assert.False(late.HasErrors, late.Body.ToString());
        Assert.False(renewed, "a late hit reached the upstream with refresh-ahead off");
        Assert.False(afterTtl.HasErrors, afterTtl.Body.ToString());
        Assert.Equal(1, _notRenewing.Simulator.Calls.Total);
    }

    [Fact]
    public async Task EntityChangedUpstream_RenewedByALateHit_CachedResponseWithTheOldValueNotServedAfter()
    {
        // Arrange: the contact is read (its response kept), then renamed upstream.
        using var client = _renewing.CreateClient();
        var organization = _renewing.Simulator.Data.DefaultOrganizationId;
        var contactId = _renewing.Simulator.Data.ExternalContactIds[32];
        var first = await client.PostGraphQLAsync(ResponseCacheAnswers.ContactQuery, new { id = contactId });
        var fetched = Stopwatch.StartNew();
        Assert.True((await client.PostGraphQLAsync(ResponseCacheAnswers.ContactQuery, new { id = contactId })).IsHit());
        var renamed = _renewing.Simulator.Data.GetExternalContact(organization, contactId)! with { LastName = "Renewed-" + Guid.NewGuid().ToString("N")[..8] };
        _renewing.Simulator.Data.UpdateExternalContact(organization, contactId, renamed);
        _renewing.Simulator.Calls.Reset();
        await DelayUntilAsync(fetched, LateInItsLife);

        // Act
        var late = await client.PostGraphQLAsync(LateQuery, new { id = contactId });
        var renewed = await WaitForCallsAsync(_renewing, 1);

        // The renewal's write lands a moment after its call: read until it shows, but only before the old entry's TTL,
        // after which an ordinary miss would fetch the new value too.
        string? nextLastName;
        do
        {
            nextLastName = ResponseCacheAnswers.LastNameOf(await client.PostGraphQLAsync(ResponseCacheAnswers.ContactQuery, new { id = contactId }));
        }
        while (nextLastName != renamed.LastName && fetched.Elapsed < OldTtlMargin && await DelayAsync());

        // Assert: the response kept from the first read, holding the old name, went when the renewed value landed.
        Assert.False(late.HasErrors, late.Body.ToString());
        Assert.True(renewed, "no renewal reached the upstream after the late hit");
        Assert.NotEqual(renamed.LastName, ResponseCacheAnswers.LastNameOf(first));
        Assert.Equal(renamed.LastName, nextLastName);
        Assert.True(fetched.Elapsed < OldTtl, "the new value showed only after the old entry's TTL");
    }

    private static async Task DelayUntilAsync(Stopwatch clock, TimeSpan mark)
    {
        var left = mark - clock.Elapsed;
        if (left > TimeSpan.Zero)
        {
            await Task.Delay(left); // the marks are times to live: time itself, there is no event to await
        }
    }

    private static async Task<bool> DelayAsync()
    {
        await Task.Delay(20);
        return true;
    }

    // The renewal is not awaited by the read that started it: its call shows on the simulator a moment later.
    private static async Task<bool> WaitForCallsAsync(GatewayFactory gateway, int calls, TimeSpan? limit = null)
    {
        var waited = Stopwatch.StartNew();
        while (waited.Elapsed < (limit ?? CallWait))
        {
            if (gateway.Simulator.Calls.Total >= calls)
            {
                return true;
            }

            await Task.Delay(20);
        }

        return gateway.Simulator.Calls.Total >= calls;
    }
}
