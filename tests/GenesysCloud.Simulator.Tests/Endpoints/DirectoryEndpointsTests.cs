using System.Net;
using System.Net.Http.Json;
using GenesysCloud.Models;
using GenesysCloud.Simulator.Tests.Support;

namespace GenesysCloud.Simulator.Tests.Endpoints;

/// <summary>Users and queues: by id, and many by id in one page listing.</summary>
public sealed class DirectoryEndpointsTests(SimulatorFixture fixture) : IClassFixture<SimulatorFixture>
{
    [Fact]
    public async Task Users_ByIdsWithAnUnknownOne_ReturnsOnlyTheKnownOnes()
    {
        var ids = fixture.Simulator.Data.UserIds;
        var query = $"id={ids[3]}&id={Guid.NewGuid()}&id={ids[9]}&pageSize=100";

        var listing = await fixture.Http.GetFromJsonAsync($"api/v2/users?{query}", GenesysJsonContext.Default.EntityListingUser);

        Assert.Equal([ids[3], ids[9]], listing!.Entities!.Select(u => u.Id));
        Assert.Equal(2, listing.Total);
        Assert.Equal(1, listing.PageNumber);
        Assert.Equal(100, listing.PageSize);
        Assert.Equal(1, listing.PageCount);
    }

    [Fact]
    public async Task Users_MoreThan100Ids_Returns400()
    {
        var query = string.Join('&', fixture.Simulator.Data.UserIds.Take(101).Select(id => $"id={id}"));

        using var response = await fixture.Http.GetAsync($"api/v2/users?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("bad.request", (await SimulatorTestClient.ReadErrorAsync(response)).Code);
    }

    [Fact]
    public async Task Users_ManyIdsWithoutPageSize_ReturnsTheFirst25()
    {
        var query = string.Join('&', fixture.Simulator.Data.UserIds.Take(40).Select(id => $"id={id}"));

        var listing = await fixture.Http.GetFromJsonAsync($"api/v2/users?{query}", GenesysJsonContext.Default.EntityListingUser);

        Assert.Equal(25, listing!.Entities!.Count);
        Assert.Equal(40, listing.Total);
        Assert.Equal(2, listing.PageCount);
        Assert.NotNull(listing.NextUri);
    }

    [Fact]
    public async Task GetUser_KnownId_ReturnsTheUser()
    {
        var expected = fixture.Simulator.Data.Users(fixture.OrganizationId)[12];

        var user = await fixture.Http.GetFromJsonAsync($"api/v2/users/{expected.Id}", GenesysJsonContext.Default.User);

        Assert.Equal(expected, user);
        Assert.Equal($"/api/v2/users/{expected.Id}", user!.SelfUri);
    }

    [Fact]
    public async Task GetUser_UnknownId_Returns404()
    {
        using var response = await fixture.Http.GetAsync($"api/v2/users/{Guid.NewGuid()}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("not.found", (await SimulatorTestClient.ReadErrorAsync(response)).Code);
    }

    [Fact]
    public async Task Queues_ByIds_ReturnsThem()
    {
        var ids = fixture.Simulator.Data.QueueIds;

        var listing = await fixture.Http.GetFromJsonAsync($"api/v2/routing/queues?id={ids[0]}&id={ids[1]}", GenesysJsonContext.Default.EntityListingQueue);

        Assert.Equal([ids[0], ids[1]], listing!.Entities!.Select(q => q.Id));
    }

    [Fact]
    public async Task Queues_MoreThan100Ids_Returns400()
    {
        var query = string.Join('&', Enumerable.Range(0, 101).Select(_ => $"id={Guid.NewGuid()}"));

        using var response = await fixture.Http.GetAsync($"api/v2/routing/queues?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task GetQueue_KnownId_ReturnsTheQueue()
    {
        var expected = fixture.Simulator.Data.Queues(fixture.OrganizationId)[4];

        var queue = await fixture.Http.GetFromJsonAsync($"api/v2/routing/queues/{expected.Id}", GenesysJsonContext.Default.Queue);

        Assert.Equal(expected.Name, queue!.Name);
        Assert.Equal($"/api/v2/routing/queues/{expected.Id}", queue.SelfUri);
    }
}
