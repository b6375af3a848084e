using GraphQL.Types;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace Gateway.Transport.WebSockets;

/// <summary>
/// Adds the GraphQL WebSocket transport to an endpoint's pipeline, before the HTTP transport, which receives every
/// request that is not a WebSocket upgrade:
/// <code>
/// app.Map("/graphql", app.CreateApplicationBuilder().UseGraphQLWebSockets&lt;MySchema&gt;().UseGraphQLHttp&lt;MySchema&gt;().Build());
/// </code>
/// </summary>
public static class GraphQLWebSocketApplicationBuilderExtensions
{
    /// <summary>Adds ASP.NET Core's WebSocket support (<c>UseWebSockets()</c>) and <see cref="GraphQLWebSocketMiddleware{TSchema}"/>.</summary>
    public static IApplicationBuilder UseGraphQLWebSockets<TSchema>(this IApplicationBuilder app)
        where TSchema : ISchema
        => app.UseGraphQLWebSockets<TSchema, GraphQLWebSocketMiddleware<TSchema>>();

    /// <summary>As <see cref="UseGraphQLWebSockets{TSchema}(IApplicationBuilder)"/>, with a subclass of the middleware.</summary>
    /// <remarks>
    /// <c>UseWebSockets()</c> is harmless when the host already added it (it does nothing for a request that already
    /// has WebSocket support); its options (<c>services.Configure&lt;WebSocketOptions&gt;</c>, e.g.
    /// <c>AllowedOrigins</c> against cross-site WebSocket hijacking) come from the service container.
    /// </remarks>
    public static IApplicationBuilder UseGraphQLWebSockets<TSchema, TMiddleware>(this IApplicationBuilder app)
        where TSchema : ISchema
        where TMiddleware : GraphQLWebSocketMiddleware<TSchema>
    {
        ArgumentNullException.ThrowIfNull(app);

        // Fail at start-up with a clear message rather than on the first upgrade.
        var isService = app.ApplicationServices.GetService<IServiceProviderIsService>();
        if (isService is not null && !isService.IsService(typeof(GraphQLWebSocketTransportMarker)))
        {
            throw new InvalidOperationException(
                $"The GraphQL WebSocket transport is not registered: call services.{nameof(GraphQLWebSocketServiceCollectionExtensions.AddGraphQLWebSocketTransport)}() " +
                $"and services.{nameof(GraphQLHttpServiceCollectionExtensions.AddGraphQLHttpTransport)}() at start-up.");
        }

        return app.UseWebSockets().UseMiddleware<TMiddleware>();
    }
}
