using Gateway.Transport.Execution;
using GraphQL.Types;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace Gateway.Transport.Http;

/// <summary>
/// Adds the GraphQL HTTP middleware to a pipeline. Meant for an endpoint's own pipeline (see
/// <see cref="GraphQLHttpEndpointRouteBuilderExtensions"/>), where a WebSocket middleware can go before it
/// and the playground after it (it receives browser navigations the HTTP middleware passes on).
/// </summary>
public static class GraphQLHttpApplicationBuilderExtensions
{
    /// <summary>Adds <see cref="GraphQLHttpMiddleware{TSchema}"/>.</summary>
    public static IApplicationBuilder UseGraphQLHttp<TSchema>(this IApplicationBuilder app)
        where TSchema : ISchema
        => app.UseGraphQLHttp<TSchema, GraphQLHttpMiddleware<TSchema>>();

    /// <summary>Adds <typeparamref name="TMiddleware"/>, a subclass of the HTTP middleware.</summary>
    public static IApplicationBuilder UseGraphQLHttp<TSchema, TMiddleware>(this IApplicationBuilder app)
        where TSchema : ISchema
        where TMiddleware : GraphQLHttpMiddleware<TSchema>
    {
        ArgumentNullException.ThrowIfNull(app);

        // Fail at start-up with a clear message rather than on the first request.
        var isService = app.ApplicationServices.GetService<IServiceProviderIsService>();
        if (isService is not null && !isService.IsService(typeof(IGraphQLRequestExecutor<TSchema>)))
        {
            throw new InvalidOperationException(
                $"The GraphQL HTTP transport is not registered: call services.{nameof(GraphQLHttpServiceCollectionExtensions.AddGraphQLHttpTransport)}() " +
                "and graphql-dotnet's services.AddGraphQL(...) at start-up.");
        }

        return app.UseMiddleware<TMiddleware>();
    }
}
