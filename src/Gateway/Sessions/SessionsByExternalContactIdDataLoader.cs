using Gateway.Caching;
using Gateway.DataLoading;
using Gateway.Upstream;
using GenesysCloud.Models;
using Microsoft.Extensions.Options;

namespace Gateway.Sessions;

/// <summary>
/// Cursor pages of an external contact's journey sessions, keyed by (contact, page size, upstream <c>after</c>), so
/// every aliased <c>sessionsByExternalContact</c> of a level goes out in one dispatch (bounded parallel calls). An
/// unknown contact leaves its key unset. Pages are cached briefly (<see cref="EntityKinds.SessionPage"/>: a contact's
/// list changes as sessions start); every session of a fetched page is primed into <see cref="SessionByIdDataLoader"/>
/// and the shared cache.
/// </summary>
public sealed class SessionsByExternalContactIdDataLoader(
    IGenesysCloudClient client,
    IOptions<GenesysOptions> options,
    SessionByIdDataLoader sessionsById,
    EntityCacheContext cache)
    : CachedDataLoader<ExternalContactSessionsPageKey, SessionListing>(cache)
{
    protected override string EntityKind => EntityKinds.SessionPage;

    // `|` rather than `:`: the upstream cursor is opaque, and the key's last `:` segment must stay the page's.
    protected override string CacheIdOf(ExternalContactSessionsPageKey key)
        => $"{key.ExternalContactId}|{key.PageSize}|{key.After}";

    // Every page of a contact carries the contact's tag: a new session of that contact drops them all at once.
    protected override string? TagOf(ExternalContactSessionsPageKey key) => key.ExternalContactId.ToLowerInvariant();

    protected override Task FetchFromUpstreamAsync(
        IReadOnlyList<ExternalContactSessionsPageKey> keys,
        BatchResults<ExternalContactSessionsPageKey, SessionListing> results,
        CancellationToken cancellationToken)
        => BoundedByIdFetch.FetchAsync(keys, results, options.Value.MaxParallelRequests, FetchPageAsync, cancellationToken);

    private async Task<SessionListing?> FetchPageAsync(ExternalContactSessionsPageKey key, CancellationToken cancellationToken)
    {
        var page = await client.GetExternalContactSessionsAsync(key.ExternalContactId, key.PageSize, key.After, cancellationToken).ConfigureAwait(false);
        foreach (var session in page?.Entities ?? [])
        {
            await sessionsById.PrimeAsync(session.Id, session, cancellationToken).ConfigureAwait(false);
        }

        return page;
    }
}
