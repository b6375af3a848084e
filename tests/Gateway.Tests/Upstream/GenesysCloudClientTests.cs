using System.Net;
using Gateway.Upstream;
using GenesysCloud.Simulator;

namespace Gateway.Tests.Upstream;

public sealed class GenesysCloudClientTests
{
    [Fact]
    public async Task GetSessionAsync_KnownId_ReturnsSession()
    {
        await using var host = await UpstreamTestHost.StartAsync();
        var id = host.Simulator.Data.SessionIds[3];

        var session = await host.Client.GetSessionAsync(id, CancellationToken.None);

        Assert.NotNull(session);
        Assert.Equal(host.Simulator.Data.GetSession(host.OrganizationId, id)!.Id, session.Id);
    }

    [Fact]
    public async Task GetSessionAsync_UnknownId_ReturnsNull()
    {
        await using var host = await UpstreamTestHost.StartAsync();

        var session = await host.Client.GetSessionAsync(Guid.NewGuid().ToString(), CancellationToken.None);

        Assert.Null(session);
        Assert.Equal(1, host.Simulator.Calls.Get(SimulatorRoutes.JourneySession));
    }

    [Theory]
    [InlineData("")]
    [InlineData(".")]
    [InlineData("..")]
    public async Task GetSessionAsync_IdNamingNoEntity_ReturnsNullWithoutCall(string id)
    {
        await using var host = await UpstreamTestHost.StartAsync();

        var session = await host.Client.GetSessionAsync(id, CancellationToken.None);

        Assert.Null(session);
        Assert.Equal(0, host.Simulator.Calls.Total);
    }

    [Theory]
    [InlineData("../../users")]
    [InlineData("x/../../organizations/me")]
    [InlineData("a?id=b#c")]
    [InlineData("%2e%2e%2fusers")]
    public async Task GetSessionAsync_IdWithPathCharacters_StaysOneSegment(string id)
    {
        await using var host = await UpstreamTestHost.StartAsync();

        // The simulator, as the platform, refuses a malformed id; what matters is which route it reached.
        var failure = await Assert.ThrowsAsync<GenesysApiException>(() => host.Client.GetSessionAsync(id, CancellationToken.None));

        Assert.Equal(HttpStatusCode.BadRequest, failure.StatusCode);
        Assert.Equal(1, host.Simulator.Calls.Get(SimulatorRoutes.JourneySession));
        Assert.Equal(2, host.Simulator.Calls.Total);
    }

    [Fact]
    public async Task GetOtherEntitiesById_KnownIds_ReturnEntities()
    {
        await using var host = await UpstreamTestHost.StartAsync();
        var data = host.Simulator.Data;

        var segment = await host.Client.GetJourneySegmentAsync(data.JourneySegmentIds[0], CancellationToken.None);
        var conversation = await host.Client.GetConversationAsync(data.ConversationIds[0], CancellationToken.None);
        var contact = await host.Client.GetExternalContactAsync(data.ExternalContactIds[0], CancellationToken.None);
        var organization = await host.Client.GetOrganizationAsync(CancellationToken.None);

        Assert.Equal(data.JourneySegmentIds[0], segment?.Id);
        Assert.Equal(data.ConversationIds[0], conversation?.Id);
        Assert.Equal(data.ExternalContactIds[0], contact?.Id);
        Assert.Equal(host.OrganizationId, organization.Id);
    }

    [Fact]
    public async Task GetCobrowseConversationAsync_KnownAndUnknownIds_EntityOrNull()
    {
        await using var host = await UpstreamTestHost.StartAsync();
        var cobrowse = host.Simulator.Data.CobrowseConversations(host.OrganizationId).First();

        var found = await host.Client.GetCobrowseConversationAsync(cobrowse.Id!, CancellationToken.None);
        var missing = await host.Client.GetCobrowseConversationAsync(Guid.NewGuid().ToString(), CancellationToken.None);

        Assert.Equal(cobrowse.Id, found?.Id);
        Assert.Null(missing);
    }

    [Fact]
    public async Task GetExternalContactSessionsAsync_KnownContact_ReturnsPage()
    {
        await using var host = await UpstreamTestHost.StartAsync();
        var data = host.Simulator.Data;
        var contactId = data.ExternalContactIds.First(id => data.SessionsOfExternalContact(host.OrganizationId, id) is { Count: > 1 });
        var expected = data.SessionsOfExternalContact(host.OrganizationId, contactId)!;

        var first = await host.Client.GetExternalContactSessionsAsync(contactId, 1, after: null, CancellationToken.None);

        Assert.NotNull(first);
        Assert.Equal(expected[0].Id, Assert.Single(first.Entities!).Id);
        Assert.NotNull(first.NextUri);
    }

    [Fact]
    public async Task GetExternalContactSessionsAsync_UnknownContact_ReturnsNull()
    {
        await using var host = await UpstreamTestHost.StartAsync();

        var listing = await host.Client.GetExternalContactSessionsAsync(Guid.NewGuid().ToString(), 25, after: null, CancellationToken.None);

        Assert.Null(listing);
    }

    [Fact]
    public async Task GetExternalContactsAsync_250IdsSomeUnknown_ThreeCallsUnknownLeftOut()
    {
        // Arrange: 240 known ids and 10 unknown, batch size 100.
        await using var host = await UpstreamTestHost.StartAsync();
        var known = host.Simulator.Data.ExternalContactIds.Take(240).ToList();
        var unknown = Enumerable.Range(0, 10).Select(_ => Guid.NewGuid().ToString()).ToList();
        var ids = known.Concat(unknown).OrderBy(id => id, StringComparer.Ordinal).ToList();

        // Act
        var result = await host.Client.GetExternalContactsAsync(ids, CancellationToken.None);

        // Assert
        Assert.Equal(3, host.Simulator.Calls.Get(SimulatorRoutes.BulkExternalContacts));
        Assert.Equal(250, host.Simulator.Calls.GetIds(SimulatorRoutes.BulkExternalContacts));
        Assert.Equal(ids.Where(known.Contains), result.Entities.Select(contact => contact.Id));
        Assert.Empty(result.Failures);
    }

    [Fact]
    public async Task GetExternalContactsAsync_DuplicateIds_AskedOnce()
    {
        await using var host = await UpstreamTestHost.StartAsync();
        var id = host.Simulator.Data.ExternalContactIds[0];

        var result = await host.Client.GetExternalContactsAsync([id, id, id], CancellationToken.None);

        Assert.Single(result.Entities);
        Assert.Equal(1, host.Simulator.Calls.GetIds(SimulatorRoutes.BulkExternalContacts));
    }

    [Fact]
    public async Task GetExternalContactsAsync_NoIds_NoCall()
    {
        await using var host = await UpstreamTestHost.StartAsync();

        var result = await host.Client.GetExternalContactsAsync([], CancellationToken.None);

        Assert.Empty(result.Entities);
        Assert.Equal(0, host.Simulator.Calls.Total);
    }

    [Fact]
    public async Task GetExternalContactsAsync_BatchLargerThanUpstreamAccepts_SplitsAndFindsAll()
    {
        // Arrange: we send 150 a call, the upstream takes 100.
        await using var host = await UpstreamTestHost.StartAsync(
            settings: new Dictionary<string, string?> { ["Genesys:BulkContactsBatchSize"] = "150" });
        var ids = host.Simulator.Data.ExternalContactIds.Take(150).ToList();

        // Act
        var result = await host.Client.GetExternalContactsAsync(ids, CancellationToken.None);

        // Assert: refused 150, then 75 and 75.
        Assert.Equal(150, result.Entities.Count);
        Assert.Equal(3, host.Simulator.Calls.Get(SimulatorRoutes.BulkExternalContacts));
        Assert.Contains(host.Logs.Lines, line => line.StartsWith("2030 ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task GetExternalContactsAsync_ItemFailure_ReportedForThatIdOnly()
    {
        await using var host = await UpstreamTestHost.StartAsync();
        var known = host.Simulator.Data.ExternalContactIds[0];
        const string Malformed = "not-a-guid";

        var result = await host.Client.GetExternalContactsAsync([known, Malformed], CancellationToken.None);

        Assert.Equal(known, Assert.Single(result.Entities).Id);
        var failure = Assert.Single(result.Failures);
        Assert.Equal(Malformed, failure.Key);
        Assert.Equal(HttpStatusCode.BadRequest, failure.Value.StatusCode);
        Assert.Equal("bad.request", failure.Value.ErrorCode);
    }

    [Fact]
    public async Task GetUsersAsync_MoreIdsThanOneCall_ChunkedAndUnknownLeftOut()
    {
        await using var host = await UpstreamTestHost.StartAsync(
            settings: new Dictionary<string, string?> { ["Genesys:BulkIdsPerRequest"] = "10" });
        var known = host.Simulator.Data.UserIds.Take(20).ToList();
        var ids = known.Concat(Enumerable.Range(0, 5).Select(_ => Guid.NewGuid().ToString())).ToList();

        var users = await host.Client.GetUsersAsync(ids, CancellationToken.None);

        Assert.Equal(known, users.Select(user => user.Id));
        Assert.Equal(3, host.Simulator.Calls.Get(SimulatorRoutes.Users));
    }

    [Fact]
    public async Task GetUsersAsync_HundredIds_OneCallHoldsAll()
    {
        var simulator = UpstreamTestHost.SmallSimulator();
        simulator.UserCount = 150;
        await using var host = await UpstreamTestHost.StartAsync(simulator);
        var ids = host.Simulator.Data.UserIds.Take(100).ToList();

        var users = await host.Client.GetUsersAsync(ids, CancellationToken.None);

        Assert.Equal(100, users.Count);
        Assert.Equal(1, host.Simulator.Calls.Get(SimulatorRoutes.Users));
    }

    [Fact]
    public async Task GetQueuesAsync_KnownAndUnknownIds_UnknownLeftOut()
    {
        await using var host = await UpstreamTestHost.StartAsync();
        var known = host.Simulator.Data.QueueIds.Take(5).ToList();

        var queues = await host.Client.GetQueuesAsync([.. known, Guid.NewGuid().ToString()], CancellationToken.None);

        Assert.Equal(known, queues.Select(queue => queue.Id));
        Assert.Equal(1, host.Simulator.Calls.Get(SimulatorRoutes.Queues));
    }
}
