using GraphQL.Types;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Gateway.Transport.Http;

/// <summary>Maps the GraphQL HTTP endpoint.</summary>
public static class GraphQLHttpEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Serves <typeparamref name="TSchema"/> over HTTP at <paramref name="pattern"/> (all methods reach the
    /// middleware, which answers 405 itself). Returns the endpoint's convention builder so authorization,
    /// rate limiting or CORS policies can be attached.
    /// </summary>
    public static IEndpointConventionBuilder MapGraphQLHttp<TSchema>(this IEndpointRouteBuilder endpoints, string pattern = "/graphql")
        where TSchema : ISchema
        => endpoints.MapGraphQLHttp<TSchema, GraphQLHttpMiddleware<TSchema>>(pattern);

    /// <summary>As <see cref="MapGraphQLHttp{TSchema}"/>, with a subclass of the middleware that overrides some steps.</summary>
    public static IEndpointConventionBuilder MapGraphQLHttp<TSchema, TMiddleware>(this IEndpointRouteBuilder endpoints, string pattern = "/graphql")
        where TSchema : ISchema
        where TMiddleware : GraphQLHttpMiddleware<TSchema>
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentException.ThrowIfNullOrEmpty(pattern);

        var app = endpoints.CreateApplicationBuilder().UseGraphQLHttp<TSchema, TMiddleware>();

        // What the transport passes on (a browser navigating to the URL) ends here as a 404 until a
        // playground middleware is added after the transport; the builder's own terminal would throw.
        app.Run(static context =>
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        });
        var pipeline = app.Build();
        return endpoints.Map(pattern, pipeline).WithDisplayName($"GraphQL HTTP {pattern} ({typeof(TSchema).Name})");
    }
}
