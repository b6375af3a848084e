using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Gateway.Upstream;
using Microsoft.Extensions.Options;
using ZiggyCreatures.Caching.Fusion;

namespace Gateway.Caching;

/// <summary>
/// The tenant segment of every cache key: the id of the organization the upstream credentials belong to. Taken from
/// <c>Genesys:OrganizationId</c> when set; otherwise asked of the upstream once per client id and kept in the shared
/// cache too, so an instance that starts while the upstream is down still reaches the entries (fail-safe included).
/// Keys never carry a token, and two organizations never share an entry. For a pass-through caller
/// (<see cref="UpstreamCaller.Current"/>) it is the caller's organization, looked up when the caller authenticated.
/// </summary>
public sealed class OrganizationCacheScope(IServiceProvider services, UpstreamConnection connection, IOptions<GenesysOptions> genesys, IOptions<CacheOptions> cacheOptions)
{
    private static readonly TimeSpan MappingDuration = TimeSpan.FromDays(1);

    private readonly ConcurrentDictionary<string, string> _organizationByClientId = new(StringComparer.Ordinal);

    /// <summary>The organization id of the credentials in effect.</summary>
    public async Task<string> GetAsync(CancellationToken cancellationToken)
    {
        // A pass-through caller's entries are its organization's, whatever credentials the gateway has of its own.
        if (UpstreamCaller.Current is { OrganizationId: { } callerOrganization })
        {
            return callerOrganization;
        }

        if (genesys.Value.OrganizationId is { Length: > 0 } configured)
        {
            return configured;
        }

        var clientId = connection.ClientId;
        if (_organizationByClientId.TryGetValue(clientId, out var known))
        {
            return known;
        }

        // The fusion cache is resolved late: it is built after this singleton's consumers are.
        var cache = services.GetRequiredService<IFusionCache>();
        string organizationId;
        try
        {
            organizationId = await cache.GetOrSetAsync<string>(
                MappingKey(clientId),
                async (_, token) => (await services.GetRequiredService<IGenesysCloudClient>().GetOrganizationAsync(token).ConfigureAwait(false)).Id,
                default,
                cache.CreateEntryOptions(options =>
                {
                    options.Duration = MappingDuration;

                    // The mapping never changes: fail-safe may keep it as long as it lives (FusionCache warns when shorter).
                    options.FailSafeMaxDuration = MappingDuration;
                }),
                null,
                cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            throw new OrganizationUnknownException(ex);
        }

        // A failed look-up throws above and is not remembered: the next request asks again.
        _organizationByClientId[clientId] = organizationId;
        return organizationId;
    }

    // The client id is not a secret, but the key need not show it: a hash of the API and the client names the mapping.
    private string MappingKey(string clientId)
    {
        var identity = Encoding.UTF8.GetBytes($"{connection.ApiBaseUrl}|{clientId}");
        return $"{cacheOptions.Value.KeyPrefix}:organization-of:{Convert.ToHexStringLower(SHA256.HashData(identity))[..32]}";
    }
}
