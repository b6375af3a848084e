using Gateway.Caching;
using Gateway.DataLoading;
using Gateway.Upstream;
using GenesysCloud.Models;
using Microsoft.Extensions.Options;

namespace Gateway.Conversations;

/// <summary>
/// Live conversations by id. The upstream has no bulk read of the live shape, so a batch fans out by id with
/// bounded parallelism; an unknown id resolves to null, any other failure fails only its own key.
/// </summary>
public sealed class ConversationByIdDataLoader(IGenesysCloudClient client, IOptions<GenesysOptions> options, EntityCacheContext cache)
    : CachedEntityDataLoader<Conversation>(cache)
{
    protected override string EntityKind => EntityKinds.Conversation;

    // An ended conversation no longer changes: it may stay cached much longer than a live one.
    protected override string DurationKindOf(Conversation value) => value.EndTime is null ? EntityKinds.Conversation : EntityKinds.EndedConversation;

    protected override Task FetchFromUpstreamAsync(IReadOnlyList<string> keys, BatchResults<string, Conversation> results, CancellationToken cancellationToken)
        => BoundedByIdFetch.FetchAsync(keys, results, options.Value.MaxParallelRequests, client.GetConversationAsync, cancellationToken);
}
