using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using GenesysCloud.Models;
using GenesysCloud.Simulator.Tests.Support;

namespace GenesysCloud.Simulator.Tests.Endpoints;

public sealed class ExternalContactEndpointsTests(SimulatorFixture fixture) : IClassFixture<SimulatorFixture>
{
    [Fact]
    public async Task GetContact_KnownId_ReturnsTheContact()
    {
        var id = fixture.Simulator.Data.ExternalContactIds[7];

        using var response = await fixture.Http.GetAsync($"api/v2/externalcontacts/contacts/{id}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(id, json.RootElement.GetProperty("id").GetString());
        Assert.False(string.IsNullOrEmpty(json.RootElement.GetProperty("firstName").GetString()));
        Assert.Equal($"/api/v2/externalcontacts/contacts/{id}", json.RootElement.GetProperty("selfUri").GetString());
    }

    [Fact]
    public async Task BulkContacts_FoundAndMissingIds_ReturnsAResultPerId()
    {
        var ids = fixture.Simulator.Data.ExternalContactIds;
        var missing = Guid.NewGuid().ToString();
        var request = new BulkIdsRequest { Entities = [new() { Id = ids[0] }, new() { Id = missing }, new() { Id = ids[1] }] };

        using var response = await fixture.Http.PostAsJsonAsync("api/v2/externalcontacts/bulk/contacts", request, GenesysJsonContext.Default.BulkIdsRequest);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync(GenesysJsonContext.Default.BulkFetchContactsResponse);
        Assert.Equal(3, body!.Results!.Count);
        Assert.Equal(1, body.ErrorCount);
        Assert.Equal([1], body.ErrorIndexes!);
        Assert.True(body.Results[0].Success);
        Assert.Equal(ids[0], body.Results[0].Entity!.Id);
        Assert.Equal(200, body.Results[0].Status);
        var failed = body.Results[1];
        Assert.Equal(missing, failed.Id);
        Assert.False(failed.Success);
        Assert.Equal(404, failed.Status);
        Assert.Null(failed.Entity);
        Assert.Equal("not.found", failed.Error!.Code);
        Assert.Equal(404, failed.Error.Status);
    }

    [Fact]
    public async Task BulkContacts_MoreIdsThanTheMaximum_Returns400()
    {
        var request = new BulkIdsRequest { Entities = [.. fixture.Simulator.Data.ExternalContactIds.Take(101).Select(id => new BulkIdEntity { Id = id })] };

        using var response = await fixture.Http.PostAsJsonAsync("api/v2/externalcontacts/bulk/contacts", request, GenesysJsonContext.Default.BulkIdsRequest);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("bad.request", (await SimulatorTestClient.ReadErrorAsync(response)).Code);
    }

    [Fact]
    public async Task BulkContacts_MalformedBody_Returns400()
    {
        using var response = await fixture.Http.PostAsync("api/v2/externalcontacts/bulk/contacts", new StringContent("{\"entities\":", System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("bad.request", (await SimulatorTestClient.ReadErrorAsync(response)).Code);
    }

    [Fact]
    public async Task PutContact_NewFields_ReplacesThemAndBumpsModifyDate()
    {
        var id = fixture.Simulator.Data.ExternalContactIds[42];
        var before = fixture.Simulator.Data.GetExternalContact(fixture.OrganizationId, id)!;
        var replacement = before with { FirstName = "Renamed", Title = null, ModifyDate = null };

        using var response = await fixture.Http.PutAsJsonAsync($"api/v2/externalcontacts/contacts/{id}", replacement, GenesysJsonContext.Default.ExternalContact);
        var reread = await fixture.Http.GetFromJsonAsync($"api/v2/externalcontacts/contacts/{id}", GenesysJsonContext.Default.ExternalContact);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Renamed", reread!.FirstName);
        Assert.Null(reread.Title);
        Assert.Equal(before.CreateDate, reread.CreateDate);
        Assert.True(reread.ModifyDate > before.ModifyDate);
    }

    [Fact]
    public async Task PutContact_IdMismatch_Returns400()
    {
        var ids = fixture.Simulator.Data.ExternalContactIds;
        var body = fixture.Simulator.Data.GetExternalContact(fixture.OrganizationId, ids[5])!;

        using var response = await fixture.Http.PutAsJsonAsync($"api/v2/externalcontacts/contacts/{ids[6]}", body, GenesysJsonContext.Default.ExternalContact);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task PutContact_UnknownId_Returns404()
    {
        var id = Guid.NewGuid().ToString();

        using var response = await fixture.Http.PutAsJsonAsync($"api/v2/externalcontacts/contacts/{id}", new ExternalContact { Id = id }, GenesysJsonContext.Default.ExternalContact);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
