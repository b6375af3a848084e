using Gateway.Transport.Http;
using Gateway.Transport.Sse;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Gateway.Transport.Tests.Infrastructure;

/// <summary>A <see cref="TransportTestHost"/> serving <c>/graphql</c> through the SSE middleware in front of the HTTP one.</summary>
public static class SseTestHost
{
    /// <summary>Starts a host (on Kestrel by default: streams are read as a real client reads them).</summary>
    public static Task<TransportTestHost> StartAsync(IReadOnlyDictionary<string, string?>? settings = null, bool useKestrel = true)
        => TransportTestHost.StartAsync(useKestrel, settings, static services => services.AddGraphQLSseTransport(), MapSseAndHttp);

    /// <summary>The composition the gateway uses: SSE first, then plain HTTP, then 404 for what neither takes.</summary>
    public static void MapSseAndHttp(WebApplication app)
    {
        var pipeline = ((IEndpointRouteBuilder)app).CreateApplicationBuilder().UseGraphQLSse<TestSchema>().UseGraphQLHttp<TestSchema>();
        pipeline.Run(static context =>
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        });
        app.Map("/graphql", pipeline.Build());
    }
}
