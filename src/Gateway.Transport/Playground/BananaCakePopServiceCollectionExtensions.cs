using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Gateway.Transport.Playground;

/// <summary>Registers the Banana Cake Pop IDE.</summary>
public static class BananaCakePopServiceCollectionExtensions
{
    /// <summary>
    /// Binds <see cref="BananaCakePopOptions"/> from <c>GraphQL:Playground</c>, validated at start-up, and registers the
    /// catalogue of the IDE's static build (read once, when the first pipeline that serves it is built).
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Optional code configuration, applied after the configuration section.</param>
    public static IServiceCollection AddBananaCakePop(this IServiceCollection services, Action<BananaCakePopOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = services.AddOptions<BananaCakePopOptions>().BindConfiguration(BananaCakePopOptions.SectionName);
        if (configure is not null)
        {
            options.Configure(configure);
        }

        options.ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton<BananaCakePopAssets>();
        return services;
    }
}
