using Gateway.Caching;
using Gateway.DataLoading;
using Gateway.Upstream;
using GenesysCloud.Models;

namespace Gateway.Queues;

/// <summary>Queues by id, every key of one level in one <c>GET /api/v2/routing/queues?id=…</c> (the client splits past 100 ids).</summary>
public sealed class QueueByIdDataLoader(IGenesysCloudClient client, EntityCacheContext cache) : CachedEntityDataLoader<Queue>(cache)
{
    protected override string EntityKind => EntityKinds.Queue;

    protected override async Task FetchFromUpstreamAsync(IReadOnlyList<string> keys, BatchResults<string, Queue> results, CancellationToken cancellationToken)
    {
        // Unknown ids are simply absent from the answer: left unset, they resolve to null.
        var queues = await client.GetQueuesAsync(keys, cancellationToken).ConfigureAwait(false);
        foreach (var queue in queues)
        {
            results.SetValue(queue.Id, queue);
        }
    }
}
