using System.Collections.Concurrent;
using Gateway.Upstream;

namespace Gateway.Caching;

/// <summary>
/// The tenant segment of every cache key: the id of the organization the upstream credentials belong to,
/// asked of the upstream once per client id. Keys never carry a token, and two organizations never share an entry.
/// </summary>
public sealed class OrganizationCacheScope(IServiceProvider services, UpstreamConnection connection)
{
    private readonly ConcurrentDictionary<string, Lazy<Task<string>>> _organizationByClientId = new(StringComparer.Ordinal);

    /// <summary>The organization id of the credentials in effect.</summary>
    public async Task<string> GetAsync(CancellationToken cancellationToken)
    {
        var clientId = connection.ClientId;
        var lookup = _organizationByClientId.GetOrAdd(clientId, _ => new Lazy<Task<string>>(() => LookUpAsync(CancellationToken.None)));
        try
        {
            return await lookup.Value.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception) when (lookup.Value.IsFaulted)
        {
            // A failed look-up is not remembered: the next request asks again.
            _organizationByClientId.TryRemove(new KeyValuePair<string, Lazy<Task<string>>>(clientId, lookup));
            throw;
        }
    }

    private async Task<string> LookUpAsync(CancellationToken cancellationToken)
    {
        // The typed client is transient; this singleton takes a fresh one for its single call.
        var client = services.GetRequiredService<IGenesysCloudClient>();
        var organization = await client.GetOrganizationAsync(cancellationToken).ConfigureAwait(false);
        return organization.Id;
    }
}
