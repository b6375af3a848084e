using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Gateway.Telemetry;

public static class TelemetryServiceCollectionExtensions
{
    /// <summary>The operation metrics <see cref="OperationTelemetry"/> records on (it is added with the GraphQL builder).</summary>
    public static IServiceCollection AddGraphQLTelemetry(this IServiceCollection services)
    {
        services.AddSingleton<GraphQLMetrics>();
        services.TryAddSingleton(TimeProvider.System);
        return services;
    }
}
