using Gateway.Upstream;
using Microsoft.Extensions.DependencyInjection;

namespace Gateway.Tests.Notifications;

internal static class ServiceProviderTokens
{
    /// <summary>The token the gateway's upstream client holds (a test acting as the same OAuth client uses it).</summary>
    public static async Task<string> GetTokenAsync(this IServiceProvider services)
        => await services.GetRequiredService<OAuthTokenProvider>().GetTokenAsync(CancellationToken.None);
}
