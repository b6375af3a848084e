using Gateway.Caching;
using Gateway.DataLoading;
using Gateway.Upstream;
using GenesysCloud.Models;
using Microsoft.Extensions.Options;

namespace Gateway.Sessions;

/// <summary>
/// Journey segments by id (the targets of <c>segmentAssignments[].segment</c>), through the shared entity cache. No
/// bulk endpoint: the misses of a batch fan out by id with bounded parallelism; the segments a page of sessions
/// shares are fetched once.
/// </summary>
public sealed class JourneySegmentByIdDataLoader(IGenesysCloudClient client, IOptions<GenesysOptions> options, EntityCacheContext cache)
    : CachedEntityDataLoader<JourneySegment>(cache)
{
    protected override string EntityKind => EntityKinds.JourneySegment;

    protected override Task FetchFromUpstreamAsync(IReadOnlyList<string> ids, BatchResults<string, JourneySegment> results, CancellationToken cancellationToken)
        => BoundedByIdFetch.FetchAsync(ids, results, options.Value.MaxParallelRequests, client.GetJourneySegmentAsync, cancellationToken);
}
