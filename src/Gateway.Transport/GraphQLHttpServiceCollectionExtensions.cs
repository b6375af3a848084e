using Gateway.Transport.Execution;
using Gateway.Transport.Http;
using Gateway.Transport.Pipeline;
using Gateway.Transport.Subscriptions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Gateway.Transport;

/// <summary>Registers the GraphQL HTTP transport.</summary>
public static class GraphQLHttpServiceCollectionExtensions
{
    /// <summary>
    /// Registers the transport's services and binds <see cref="GraphQLHttpOptions"/> from the configuration
    /// section <c>GraphQL:Http</c>, validated at start-up. The engine itself comes from graphql-dotnet's
    /// <c>services.AddGraphQL(b =&gt; b.AddSchema&lt;TSchema&gt;().AddSystemTextJson())</c>, which the host calls too.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Optional code configuration, applied after the configuration section.</param>
    public static IServiceCollection AddGraphQLHttpTransport(this IServiceCollection services, Action<GraphQLHttpOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);

        var options = services.AddOptions<GraphQLHttpOptions>().BindConfiguration(GraphQLHttpOptions.SectionName);
        if (configure is not null)
        {
            options.Configure(configure);
        }

        options.ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(typeof(IGraphQLRequestExecutor<>), typeof(GraphQLRequestExecutor<>));
        services.TryAddSingleton<GraphQLRequestParser>();
        services.TryAddSingleton<GraphQLRequestBodyReader>();
        services.TryAddSingleton<GraphQLRequestReader>();
        services.TryAddSingleton<ClientConnectionLimiter>();
        services.AddOptions<GraphQLSubscriptionOptions>().BindConfiguration(GraphQLSubscriptionOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        return services;
    }
}
