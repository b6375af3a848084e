using Gateway.Transport.Execution;
using GraphQL.Types;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace Gateway.Transport.Sse;

/// <summary>
/// Adds the GraphQL over SSE middleware to an endpoint's own pipeline, before the HTTP middleware:
/// <c>endpoints.Map("/graphql", endpoints.CreateApplicationBuilder().UseGraphQLSse&lt;TSchema&gt;().UseGraphQLHttp&lt;TSchema&gt;().Build())</c>.
/// It answers the protocol's requests and passes every plain HTTP request on unchanged.
/// </summary>
public static class GraphQLSseApplicationBuilderExtensions
{
    /// <summary>Adds <see cref="GraphQLSseMiddleware{TSchema}"/>.</summary>
    public static IApplicationBuilder UseGraphQLSse<TSchema>(this IApplicationBuilder app)
        where TSchema : ISchema
        => app.UseGraphQLSse<TSchema, GraphQLSseMiddleware<TSchema>>();

    /// <summary>Adds <typeparamref name="TMiddleware"/>, a subclass of the SSE middleware.</summary>
    public static IApplicationBuilder UseGraphQLSse<TSchema, TMiddleware>(this IApplicationBuilder app)
        where TSchema : ISchema
        where TMiddleware : GraphQLSseMiddleware<TSchema>
    {
        ArgumentNullException.ThrowIfNull(app);

        // Fail at start-up with a clear message rather than on the first request.
        var isService = app.ApplicationServices.GetService<IServiceProviderIsService>();
        if (isService is not null
            && (!isService.IsService(typeof(IGraphQLRequestExecutor<TSchema>)) || !isService.IsService(typeof(SseReservationStore))))
        {
            throw new InvalidOperationException(
                $"The GraphQL SSE transport is not registered: call services.{nameof(GraphQLSseServiceCollectionExtensions.AddGraphQLSseTransport)}() " +
                "and graphql-dotnet's services.AddGraphQL(...) at start-up.");
        }

        return app.UseMiddleware<TMiddleware>();
    }
}
