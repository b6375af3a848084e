using Gateway.Caching;
using Gateway.DataLoading;
using Gateway.Upstream;
using GenesysCloud.Models;
using Microsoft.Extensions.Options;

namespace Gateway.Cobrowse;

/// <summary>
/// Co-browse conversations by id. There is no bulk read, so a batch fans out by id with bounded parallelism;
/// an unknown id resolves to null, any other failure fails only its own key.
/// </summary>
public sealed class CobrowseConversationByIdDataLoader(IGenesysCloudClient client, IOptions<GenesysOptions> options, EntityCacheContext cache)
    : CachedEntityDataLoader<CobrowseConversation>(cache)
{
    protected override string EntityKind => EntityKinds.CobrowseConversation;

    protected override Task FetchFromUpstreamAsync(IReadOnlyList<string> keys, BatchResults<string, CobrowseConversation> results, CancellationToken cancellationToken)
        => BoundedByIdFetch.FetchAsync(keys, results, options.Value.MaxParallelRequests, client.GetCobrowseConversationAsync, cancellationToken);
}
