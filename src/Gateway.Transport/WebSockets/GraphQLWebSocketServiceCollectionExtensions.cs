using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Gateway.Transport.WebSockets;

/// <summary>Registers the GraphQL WebSocket transport.</summary>
public static class GraphQLWebSocketServiceCollectionExtensions
{
    /// <summary>
    /// Registers what the WebSocket transport adds to the HTTP transport's services: the clock of its timeouts
    /// (<see cref="TimeProvider.System"/> unless one is registered). Its limits are
    /// <see cref="Subscriptions.GraphQLSubscriptionOptions"/> (<c>GraphQL:Subscriptions</c>), bound and validated by
    /// <see cref="GraphQLHttpServiceCollectionExtensions.AddGraphQLHttpTransport"/>, which the host calls too.
    /// </summary>
    public static IServiceCollection AddGraphQLWebSocketTransport(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<GraphQLWebSocketTransportMarker>();
        return services;
    }
}
