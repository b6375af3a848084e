using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Gateway.Transport.Authentication;

/// <summary>Registers how the GraphQL endpoint authenticates its callers.</summary>
public static class GraphQLAuthenticationServiceCollectionExtensions
{
    /// <summary>Every GraphQL request and connection must authenticate with the ASP.NET Core scheme <paramref name="scheme"/>.</summary>
    public static IServiceCollection AddGraphQLAuthentication(this IServiceCollection services, string scheme)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton<IGraphQLRequestAuthenticator>(new AuthenticationSchemeRequestAuthenticator(scheme));
        return services;
    }

    /// <summary>Every GraphQL request and connection must authenticate with <typeparamref name="TAuthenticator"/> (a singleton).</summary>
    public static IServiceCollection AddGraphQLAuthentication<TAuthenticator>(this IServiceCollection services)
        where TAuthenticator : class, IGraphQLRequestAuthenticator
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton<IGraphQLRequestAuthenticator, TAuthenticator>();
        return services;
    }
}
