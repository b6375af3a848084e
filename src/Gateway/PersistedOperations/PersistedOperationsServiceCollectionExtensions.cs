using Gateway.Transport.PersistedOperations;
using Microsoft.Extensions.Options;

namespace Gateway.PersistedOperations;

/// <summary>Registers persisted operations: the transport's protocol step over the gateway's shared store.</summary>
public static class PersistedOperationsServiceCollectionExtensions
{
    /// <summary>Needs the entity cache (<c>AddEntityCache</c>): registered queries live in its FusionCache.</summary>
    public static IServiceCollection AddPersistedOperations(this IServiceCollection services)
    {
        services.AddOptions<PersistedOperationStoreOptions>()
            .BindConfiguration(PersistedOperationStoreOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<PersistedOperationStoreOptions>, PersistedOperationStoreOptionsValidation>();
        services.AddSingleton<IPersistedOperationStore, CachedPersistedOperationStore>();
        return services.AddGraphQLPersistedOperations();
    }
}
