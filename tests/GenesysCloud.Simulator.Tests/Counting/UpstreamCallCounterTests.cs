using System.Net.Http.Json;
using System.Text.Json;
using GenesysCloud.Models;
using GenesysCloud.Simulator.Tests.Support;

namespace GenesysCloud.Simulator.Tests.Counting;

public sealed class UpstreamCallCounterTests : IAsyncLifetime
{
    private EmbeddedGenesysSimulator _simulator = null!;
    private HttpClient _http = null!;

    public async Task InitializeAsync()
    {
        _simulator = await EmbeddedGenesysSimulator.StartAsync(new SimulatorOptions());
        _http = await SimulatorTestClient.AuthenticatedAsync(_simulator);
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _simulator.DisposeAsync();
    }

    [Fact]
    public async Task Calls_SeveralRoutes_AreCountedPerRouteName()
    {
        var data = _simulator.Data;

        await _http.GetStringAsync($"api/v2/journey/sessions/{data.SessionIds[0]}");
        await _http.GetStringAsync($"api/v2/journey/sessions/{data.SessionIds[1]}");
        await _http.GetAsync($"api/v2/journey/sessions/{Guid.NewGuid()}");
        await _http.GetStringAsync($"api/v2/users?id={data.UserIds[0]}&id={data.UserIds[1]}&id={data.UserIds[2]}");

        Assert.Equal(1, _simulator.Calls.Get(SimulatorRoutes.OAuthToken));
        Assert.Equal(3, _simulator.Calls.Get(SimulatorRoutes.JourneySession));
        Assert.Equal(1, _simulator.Calls.Get(SimulatorRoutes.Users));
        Assert.Equal(3, _simulator.Calls.GetIds(SimulatorRoutes.Users));
        Assert.Equal(0, _simulator.Calls.Get(SimulatorRoutes.Queue));
        Assert.Equal(5, _simulator.Calls.Total);
        Assert.Equal(3, _simulator.Calls.Snapshot()[SimulatorRoutes.JourneySession]);
    }

    [Fact]
    public async Task Reset_AfterCalls_StartsFromZero()
    {
        await _http.GetStringAsync("api/v2/organizations/me");

        _simulator.Calls.Reset();
        await _http.GetStringAsync("api/v2/organizations/me");

        Assert.Equal(1, _simulator.Calls.Total);
        Assert.Equal(1, _simulator.Calls.Get(SimulatorRoutes.OrganizationMe));
    }

    [Fact]
    public async Task BulkContacts_Ids_AreCounted()
    {
        var ids = _simulator.Data.ExternalContactIds;
        var request = new BulkIdsRequest { Entities = [.. ids.Take(7).Select(id => new BulkIdEntity { Id = id })] };

        await _http.PostAsJsonAsync("api/v2/externalcontacts/bulk/contacts", request, GenesysJsonContext.Default.BulkIdsRequest);

        Assert.Equal(1, _simulator.Calls.Get(SimulatorRoutes.BulkExternalContacts));
        Assert.Equal(7, _simulator.Calls.GetIds(SimulatorRoutes.BulkExternalContacts));
    }

    [Fact]
    public async Task ControlEndpoint_GetAndDelete_ReportAndResetCounts()
    {
        await _http.GetStringAsync($"api/v2/routing/queues/{_simulator.Data.QueueIds[0]}");

        using var json = JsonDocument.Parse(await _http.GetStringAsync("__simulator/calls"));
        using var deleted = await _http.DeleteAsync("__simulator/calls");

        Assert.Equal(2, json.RootElement.GetProperty("total").GetInt64());
        Assert.Equal(1, json.RootElement.GetProperty("calls").GetProperty(SimulatorRoutes.Queue).GetInt64());
        Assert.Equal(System.Net.HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal(0, _simulator.Calls.Total);
    }

    [Fact]
    public async Task Calls_InParallel_AreAllCounted()
    {
        var id = _simulator.Data.UserIds[0];

        await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => _http.GetStringAsync($"api/v2/users/{id}")));

        Assert.Equal(50, _simulator.Calls.Get(SimulatorRoutes.User));
    }
}
