namespace Gateway.Hosting;

/// <summary>
/// The whole gateway from a builder: what <c>Program.cs</c> runs, and what the warm-up starts a throw-away copy of
/// (<see cref="WarmUp.SimulatedTrafficWarmUp"/>), so both are the one composition.
/// </summary>
public static class GatewayApplication
{
    public static WebApplication Build(WebApplicationBuilder builder)
    {
        builder.AddServiceDefaults();
        builder.AddGateway();

        var app = builder.Build();
        app.MapDefaultEndpoints();
        app.MapGraphQL();
        return app;
    }
}
