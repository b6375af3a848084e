using Gateway.Transport.Pipeline;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Gateway.Transport.Sse;

/// <summary>Registers the GraphQL over SSE transport.</summary>
public static class GraphQLSseServiceCollectionExtensions
{
    /// <summary>
    /// Registers the SSE transport's services and binds <see cref="GraphQLSseOptions"/> from <c>GraphQL:Sse</c>,
    /// validated at start-up. It shares the HTTP transport's request pipeline and the streaming limits
    /// (<c>GraphQL:Subscriptions</c>), and registers them too when <c>AddGraphQLHttpTransport()</c> has not run yet.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Optional code configuration, applied after the configuration section.</param>
    public static IServiceCollection AddGraphQLSseTransport(this IServiceCollection services, Action<GraphQLSseOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);

        // Calling the HTTP registration again would bind its options a second time, after any code configuration.
        if (!services.Any(static d => d.ServiceType == typeof(GraphQLRequestReader)))
        {
            services.AddGraphQLHttpTransport();
        }

        var options = services.AddOptions<GraphQLSseOptions>().BindConfiguration(GraphQLSseOptions.SectionName);
        if (configure is not null)
        {
            options.Configure(configure);
        }

        options.ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<SseReservationStore>();
        return services;
    }
}
