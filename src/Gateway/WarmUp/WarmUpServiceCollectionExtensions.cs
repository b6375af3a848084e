namespace Gateway.WarmUp;

public static class WarmUpServiceCollectionExtensions
{
    /// <summary>
    /// The warm-up, run before the server listens. Registered after every hosted service it needs (the embedded
    /// simulator): hosted services start in registration order, and Kestrel after all of them.
    /// </summary>
    public static IServiceCollection AddGatewayWarmUp(this IServiceCollection services)
    {
        services.AddOptions<WarmUpOptions>().BindConfiguration(WarmUpOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddHostedService<SimulatedTrafficWarmUp>();
        services.AddHostedService<GatewayWarmUp>();
        return services;
    }
}
