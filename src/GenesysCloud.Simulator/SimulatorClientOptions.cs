namespace GenesysCloud.Simulator;

/// <summary>An OAuth client-credentials client of the simulator and the organization its tokens act in.</summary>
public sealed class SimulatorClientOptions
{
    public string ClientId { get; set; } = "";
    public string ClientSecret { get; set; } = "";
    public string OrganizationId { get; set; } = "";
    public string OrganizationName { get; set; } = "";

    public static SimulatorClientOptions Default => new()
    {
        ClientId = SimulatorOptions.DefaultClientId,
        ClientSecret = SimulatorOptions.DefaultClientSecret,
        OrganizationId = SimulatorOptions.DefaultOrganizationId,
        OrganizationName = "Simulated Organization",
    };
}
