using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Gateway.Transport.Playground;

/// <summary>Adds the Banana Cake Pop IDE to a pipeline.</summary>
public static class BananaCakePopApplicationBuilderExtensions
{
    /// <summary>
    /// Adds <see cref="BananaCakePopMiddleware"/> for the IDE at <paramref name="path"/>: as the GraphQL endpoint's
    /// fallback (<c>MapGraphQLEndpoint(pattern, configureFallback: app => app.UseBananaCakePop(pattern))</c>) it answers
    /// the browser navigations the HTTP transport passes on; its assets below the path need
    /// <see cref="BananaCakePopEndpointRouteBuilderExtensions.MapBananaCakePop"/> too.
    /// </summary>
    public static IApplicationBuilder UseBananaCakePop(this IApplicationBuilder app, PathString path)
    {
        ArgumentNullException.ThrowIfNull(app);
        var isService = app.ApplicationServices.GetService<IServiceProviderIsService>();
        if (isService is not null && !isService.IsService(typeof(BananaCakePopAssets)))
        {
            throw new InvalidOperationException(
                $"Banana Cake Pop is not registered: call services.{nameof(BananaCakePopServiceCollectionExtensions.AddBananaCakePop)}() at start-up.");
        }

        return app.UseMiddleware<BananaCakePopMiddleware>(path);
    }
}
