using Gateway.Caching;
using Gateway.DataLoading;
using Gateway.Upstream;
using GenesysCloud.Models;
using Microsoft.Extensions.Options;

namespace Gateway.Sessions;

/// <summary>
/// Journey sessions by id, through the shared entity cache. The upstream has no bulk read of sessions, so the misses
/// of a batch fan out by id with bounded parallelism. A contact's session listing primes this loader and the cache,
/// so a session already listed costs no call.
/// </summary>
public sealed class SessionByIdDataLoader(IGenesysCloudClient client, IOptions<GenesysOptions> options, EntityCacheContext cache)
    : CachedEntityDataLoader<Session>(cache)
{
    protected override string EntityKind => EntityKinds.Session;

    // An ended session no longer changes: it may stay cached much longer than an active one.
    protected override string DurationKindOf(Session value) => value.EndedDate is null ? EntityKinds.Session : EntityKinds.EndedSession;

    protected override Task FetchFromUpstreamAsync(IReadOnlyList<string> ids, BatchResults<string, Session> results, CancellationToken cancellationToken)
        => BoundedByIdFetch.FetchAsync(ids, results, options.Value.MaxParallelRequests, client.GetSessionAsync, cancellationToken);
}
