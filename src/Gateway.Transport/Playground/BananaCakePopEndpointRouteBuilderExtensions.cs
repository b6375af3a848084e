using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Gateway.Transport.Playground;

/// <summary>Maps the Banana Cake Pop IDE's files.</summary>
public static class BananaCakePopEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Serves the IDE's files below <paramref name="pattern"/> (<c>/graphql/</c>, <c>/graphql/bcp-config.json</c>,
    /// <c>/graphql/static/…</c>) to <c>GET</c> and <c>HEAD</c>; the path itself stays the GraphQL endpoint's, whose
    /// fallback is <see cref="BananaCakePopApplicationBuilderExtensions.UseBananaCakePop"/>. A file the build does not
    /// have is a 404, as is everything when the IDE is switched off.
    /// </summary>
    public static IEndpointConventionBuilder MapBananaCakePop(this IEndpointRouteBuilder endpoints, string pattern = "/graphql")
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentException.ThrowIfNullOrEmpty(pattern);

        var app = endpoints.CreateApplicationBuilder().UseBananaCakePop(pattern);
        app.Run(static context =>
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        });
        return endpoints
            .MapMethods($"{pattern.TrimEnd('/')}/{{**asset}}", [HttpMethods.Get, HttpMethods.Head], app.Build())
            .WithDisplayName($"Banana Cake Pop {pattern}/…");
    }
}
