using GraphQL.DI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Gateway.Transport.PersistedOperations;

/// <summary>Registers the persisted-operation step of the shared pipeline.</summary>
public static class PersistedOperationServiceCollectionExtensions
{
    /// <summary>
    /// The step (an <see cref="IConfigureExecution"/>, so HTTP, WebSocket and SSE requests all pass it), its options from
    /// <c>GraphQL:PersistedOperations</c>, its metrics, and an in-memory store unless the host registered one.
    /// </summary>
    public static IServiceCollection AddGraphQLPersistedOperations(this IServiceCollection services)
    {
        services.AddOptions<PersistedOperationOptions>()
            .BindConfiguration(PersistedOperationOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddMetrics();
        services.TryAddSingleton<PersistedOperationMetrics>();
        services.TryAddSingleton<IPersistedOperationStore>(static _ => new InMemoryPersistedOperationStore());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IConfigureExecution, PersistedOperationResolver>());
        return services;
    }
}
