
namespace GenesysCloud.Simulator.Tests.Support;

/// <summary>One simulator with default options and an authenticated client, shared by a class's read-only tests.</summary>
public sealed class SimulatorFixture : IAsyncLifetime
{
    public EmbeddedGenesysSimulator Simulator { get; private set; } = null!;

    public HttpClient Http { get; private set; } = null!;

    public string OrganizationId => Simulator.Data.DefaultOrganizationId;

    public async Task InitializeAsync()
    {
        Simulator = await EmbeddedGenesysSimulator.StartAsync(new SimulatorOptions());
        Http = await SimulatorTestClient.AuthenticatedAsync(Simulator);
    }

    public async Task DisposeAsync()
    {
        Http.Dispose();
        await Simulator.DisposeAsync();
    }
}
