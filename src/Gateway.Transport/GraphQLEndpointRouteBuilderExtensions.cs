using Gateway.Transport.Authentication;
using Gateway.Transport.Http;
using Gateway.Transport.Sse;
using Gateway.Transport.WebSockets;
using GraphQL.Types;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Gateway.Transport;

/// <summary>Maps one GraphQL endpoint that every transport serves.</summary>
public static class GraphQLEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Serves <typeparamref name="TSchema"/> at <paramref name="pattern"/> over graphql-transport-ws (WebSocket upgrades),
    /// GraphQL over SSE (<c>Accept: text/event-stream</c>, reservations) and plain GraphQL over HTTP, in that order: each
    /// transport takes its own requests and passes the others on; <paramref name="configureFallback"/> (a playground) gets
    /// what none took, a 404 when there is none. With an <see cref="IGraphQLRequestAuthenticator"/> registered, requests
    /// are authenticated first (<see cref="GraphQLAuthenticationMiddleware"/>). Returns the endpoint's convention builder (authorization, CORS, …).
    /// </summary>
    public static IEndpointConventionBuilder MapGraphQLEndpoint<TSchema>(
        this IEndpointRouteBuilder endpoints,
        string pattern = "/graphql",
        Action<IApplicationBuilder>? configureFallback = null)
        where TSchema : ISchema
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentException.ThrowIfNullOrEmpty(pattern);

        var app = endpoints.CreateApplicationBuilder()
            .UseMiddleware<GraphQLAuthenticationMiddleware>()
            .UseGraphQLWebSockets<TSchema>()
            .UseGraphQLSse<TSchema>()
            .UseGraphQLHttp<TSchema>();
        configureFallback?.Invoke(app);
        app.Run(static context =>
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        });
        return endpoints.Map(pattern, app.Build()).WithDisplayName($"GraphQL {pattern} ({typeof(TSchema).Name})");
    }
}
