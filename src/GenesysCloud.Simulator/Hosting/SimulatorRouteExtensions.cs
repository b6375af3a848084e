namespace GenesysCloud.Simulator.Hosting;

internal static class SimulatorRouteExtensions
{
    /// <summary>Names the route for counting and faults and puts it behind the simulator's pipeline.</summary>
    public static RouteHandlerBuilder WithSimulatorRoute(this RouteHandlerBuilder builder, string name, bool requiresToken = true) =>
        builder
            .WithMetadata(new SimulatorRouteMetadata(name, requiresToken))
            .AddEndpointFilter<RouteHandlerBuilder, SimulatorPipelineFilter>()
            .ExcludeFromDescription();
}
