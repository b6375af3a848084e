namespace GenesysCloud.Simulator.Hosting;

/// <summary>Endpoint metadata naming a simulated route (<see cref="SimulatorRoutes"/>) and whether it needs a bearer token.</summary>
internal sealed record SimulatorRouteMetadata(string Name, bool RequiresToken);
