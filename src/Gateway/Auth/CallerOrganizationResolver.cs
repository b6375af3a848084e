using Gateway.Caching;
using Gateway.Upstream;
using Microsoft.Extensions.Options;
using ZiggyCreatures.Caching.Fusion;

namespace Gateway.Auth;

/// <summary>
/// The organization a caller's Genesys Cloud token acts in (pass-through mode): asked of
/// <c>GET /api/v2/organizations/me</c> with that token once, then kept in the cache (memory, and Redis when configured)
/// for <c>Auth:OrganizationLookupDuration</c> under the token's SHA-256 hash, never the token. Concurrent requests with
/// one token share one look-up; a refused look-up is not remembered.
/// </summary>
public sealed class CallerOrganizationResolver(IServiceProvider services, IOptions<AuthOptions> authOptions, IOptions<CacheOptions> cacheOptions)
{
    /// <summary>The token's organization id; throws the upstream's refusal (<see cref="GenesysApiException"/>) as it is.</summary>
    public async Task<string> GetOrganizationIdAsync(string accessToken, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(accessToken);

        // Resolved late, as OrganizationCacheScope does: the cache is built after its consumers.
        var cache = services.GetRequiredService<IFusionCache>();
        return await cache.GetOrSetAsync<string>(
            KeyOf(accessToken),
            async (_, token) => await LookUpAsync(accessToken, token).ConfigureAwait(false),
            default,
            cache.CreateEntryOptions(options =>
            {
                options.Duration = authOptions.Value.OrganizationLookupDuration;

                // A token the upstream stops answering for must be asked about again, not served from a stale entry.
                options.IsFailSafeEnabled = false;
            }),
            null,
            cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The cache key of a token's organization: the key prefix and the hex SHA-256 of the token.</summary>
    public string KeyOf(string accessToken)
        => $"{cacheOptions.Value.KeyPrefix}:organization-of-token:{AccessTokenHash.Of(accessToken)}";

    private async Task<string> LookUpAsync(string accessToken, CancellationToken cancellationToken)
    {
        // The look-up itself presents the caller's token; nothing of another caller runs in this flow.
        var previous = UpstreamCaller.Current;
        UpstreamCaller.Current = new UpstreamCaller(accessToken, organizationId: null);
        try
        {
            var organization = await services.GetRequiredService<IGenesysCloudClient>().GetOrganizationAsync(cancellationToken).ConfigureAwait(false);
            return organization.Id;
        }
        finally
        {
            UpstreamCaller.Current = previous;
        }
    }
}
