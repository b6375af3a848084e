using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using GenesysCloud.Models;
using GenesysCloud.Simulator.Tests.Support;

namespace GenesysCloud.Simulator.Tests.Endpoints;

public sealed class JourneySessionEndpointsTests(SimulatorFixture fixture) : IClassFixture<SimulatorFixture>
{
    private static readonly string[] RequiredFields = ["id", "type", "eventCount", "lastEvent", "authenticated", "createdDate"];

    [Fact]
    public async Task GetSession_KnownId_ReturnsTheSessionInThePlatformShape()
    {
        var expected = fixture.Simulator.Data.Sessions(fixture.OrganizationId).First(s => s.Browser is not null && s.Conversation is not null);

        using var response = await fixture.Http.GetAsync($"api/v2/journey/sessions/{expected.Id}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.Contains("ININ-Correlation-Id"));
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = json.RootElement;
        foreach (var field in RequiredFields)
        {
            Assert.True(root.TryGetProperty(field, out _), $"missing {field}");
        }

        Assert.Equal(expected.Id, root.GetProperty("id").GetString());
        Assert.Equal($"/api/v2/journey/sessions/{expected.Id}", root.GetProperty("selfUri").GetString());
        Assert.Equal(expected.ExternalContact!.Id, root.GetProperty("externalContact").GetProperty("id").GetString());
        Assert.Equal(JsonValueKind.Object, root.GetProperty("browser").ValueKind);
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$", root.GetProperty("createdDate").GetString());
        Assert.False(root.TryGetProperty("app", out _), "nulls are omitted");
    }

    [Fact]
    public async Task GetSession_UnknownId_Returns404WithPlatformErrorBody()
    {
        var id = Guid.NewGuid().ToString();

        using var response = await fixture.Http.GetAsync($"api/v2/journey/sessions/{id}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = json.RootElement;
        Assert.Equal("not.found", root.GetProperty("code").GetString());
        Assert.Equal(404, root.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrEmpty(root.GetProperty("message").GetString()));
        Assert.Equal(response.Headers.GetValues("ININ-Correlation-Id").Single(), root.GetProperty("contextId").GetString());
        Assert.Equal(0, root.GetProperty("details").GetArrayLength());
        Assert.Equal(0, root.GetProperty("errors").GetArrayLength());
    }

    [Fact]
    public async Task GetSession_MalformedId_Returns400BadRequest()
    {
        using var response = await fixture.Http.GetAsync("api/v2/journey/sessions/not-a-guid");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("bad.request", (await SimulatorTestClient.ReadErrorAsync(response)).Code);
    }

    [Fact]
    public async Task GetSession_UpperCaseId_FindsTheSession()
    {
        var id = fixture.Simulator.Data.SessionIds[1];

        var session = await fixture.Http.GetFromJsonAsync($"api/v2/journey/sessions/{id.ToUpperInvariant()}", GenesysJsonContext.Default.Session);

        Assert.Equal(id, session!.Id);
    }

    [Fact]
    public async Task ListSessions_WalkingEveryPage_ReturnsEachSessionOnceNewestFirst()
    {
        var contactId = fixture.Simulator.Data.ExternalContactIds[0];
        var expected = fixture.Simulator.Data.SessionsOfExternalContact(fixture.OrganizationId, contactId)!;
        var seen = new List<Session>();
        string? uri = $"api/v2/externalcontacts/contacts/{contactId}/journey/sessions?pageSize=200";
        var pages = 0;

        while (uri is not null)
        {
            var page = await fixture.Http.GetFromJsonAsync(uri.TrimStart('/'), GenesysJsonContext.Default.SessionListing);
            seen.AddRange(page!.Entities!);
            Assert.NotNull(page.SelfUri);
            Assert.Equal(pages > 0, page.PreviousUri is not null);
            uri = page.NextUri;
            pages++;
        }

        Assert.True(expected.Count > 200, "the first contact spans several pages at the largest page size");
        Assert.True(pages >= 2);
        Assert.Equal(expected.Select(s => s.Id), seen.Select(s => s.Id));
        Assert.Equal(seen.Count, seen.Select(s => s.Id).Distinct().Count());
        Assert.All(seen, s => Assert.Equal(contactId, s.ExternalContact!.Id));
        Assert.Equal(seen.OrderByDescending(s => s.CreatedDate).Select(s => s.CreatedDate), seen.Select(s => s.CreatedDate));
    }

    [Fact]
    public async Task ListSessions_DefaultPageSize_Returns25AndNextUri()
    {
        var contactId = fixture.Simulator.Data.ExternalContactIds[0];

        var page = await fixture.Http.GetFromJsonAsync($"api/v2/externalcontacts/contacts/{contactId}/journey/sessions", GenesysJsonContext.Default.SessionListing);

        Assert.Equal(25, page!.Entities!.Count);
        Assert.StartsWith($"/api/v2/externalcontacts/contacts/{contactId}/journey/sessions?pageSize=25&after=", page.NextUri, StringComparison.Ordinal);
        Assert.Null(page.PreviousUri);
    }

    [Fact]
    public async Task ListSessions_SinglePageContact_HasNoNextUri()
    {
        var data = fixture.Simulator.Data;
        var contactId = data.ExternalContactIds.First(id => data.SessionsOfExternalContact(fixture.OrganizationId, id)!.Count is > 0 and < 25);

        var page = await fixture.Http.GetFromJsonAsync($"api/v2/externalcontacts/contacts/{contactId}/journey/sessions", GenesysJsonContext.Default.SessionListing);

        Assert.NotEmpty(page!.Entities!);
        Assert.Null(page.NextUri);
        using var raw = await fixture.Http.GetAsync($"api/v2/externalcontacts/contacts/{contactId}/journey/sessions");
        Assert.DoesNotContain("\"nextUri\"", await raw.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("pageSize=201")]
    [InlineData("pageSize=0")]
    [InlineData("pageSize=abc")]
    [InlineData("after=garbage")]
    public async Task ListSessions_InvalidPaging_Returns400(string query)
    {
        var contactId = fixture.Simulator.Data.ExternalContactIds[0];

        using var response = await fixture.Http.GetAsync($"api/v2/externalcontacts/contacts/{contactId}/journey/sessions?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("bad.request", (await SimulatorTestClient.ReadErrorAsync(response)).Code);
    }

    [Fact]
    public async Task ListSessions_UnknownContact_Returns404()
    {
        using var response = await fixture.Http.GetAsync($"api/v2/externalcontacts/contacts/{Guid.NewGuid()}/journey/sessions");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("not.found", (await SimulatorTestClient.ReadErrorAsync(response)).Code);
    }

    [Fact]
    public async Task GetSegment_AssignedToASession_ReturnsTheSegment()
    {
        var assignment = fixture.Simulator.Data.Sessions(fixture.OrganizationId).First(s => s.SegmentAssignments is { Count: > 0 }).SegmentAssignments![0];

        var segment = await fixture.Http.GetFromJsonAsync(assignment.Segment!.SelfUri!.TrimStart('/'), GenesysJsonContext.Default.JourneySegment);

        Assert.Equal(assignment.Segment.Id, segment!.Id);
        Assert.False(string.IsNullOrEmpty(segment.DisplayName));
    }

    [Fact]
    public async Task GetSegment_UnknownId_Returns404()
    {
        using var response = await fixture.Http.GetAsync($"api/v2/journey/segments/{Guid.NewGuid()}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task ListSessions_Dates_AreUtcWithMilliseconds()
    {
        var contactId = fixture.Simulator.Data.ExternalContactIds[3];

        var text = await fixture.Http.GetStringAsync($"api/v2/externalcontacts/contacts/{contactId}/journey/sessions");

        using var json = JsonDocument.Parse(text);
        foreach (var session in json.RootElement.GetProperty("entities").EnumerateArray())
        {
            var created = session.GetProperty("createdDate").GetString()!;
            Assert.EndsWith("Z", created, StringComparison.Ordinal);
            Assert.True(DateTimeOffset.TryParseExact(created, "yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out _));
        }
    }
}
