using Gateway.Transport.Sse;
using Gateway.Transport.WebSockets;
using Microsoft.Extensions.DependencyInjection;

namespace Gateway.Transport;

/// <summary>Registers every transport of <see cref="GraphQLEndpointRouteBuilderExtensions.MapGraphQLEndpoint{TSchema}"/>.</summary>
public static class GraphQLTransportServiceCollectionExtensions
{
    /// <summary>HTTP (with the shared request pipeline and streaming limits), WebSocket and SSE.</summary>
    public static IServiceCollection AddGraphQLTransports(this IServiceCollection services)
        => services.AddGraphQLHttpTransport().AddGraphQLWebSocketTransport().AddGraphQLSseTransport();
}
