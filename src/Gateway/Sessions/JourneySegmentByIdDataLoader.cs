using Gateway.DataLoading;
using Gateway.Upstream;
using GenesysCloud.Models;
using Microsoft.Extensions.Options;

namespace Gateway.Sessions;

/// <summary>
/// Journey segments by id (the targets of <c>segmentAssignments[].segment</c>). No bulk endpoint: a batch fans out
/// by id with bounded parallelism; the segments a page of sessions shares are fetched once.
/// </summary>
public sealed class JourneySegmentByIdDataLoader(IGenesysCloudClient client, IOptions<GenesysOptions> options)
    : BatchDataLoader<string, JourneySegment>(StringComparer.Ordinal)
{
    protected override Task FetchAsync(IReadOnlyList<string> keys, BatchResults<string, JourneySegment> results, CancellationToken cancellationToken)
        => BoundedParallelFetch.FetchAsync(keys, results, options.Value.MaxParallelRequests, client.GetJourneySegmentAsync, cancellationToken);
}
