using Gateway.DataLoading;
using Gateway.Upstream;
using GenesysCloud.Models;
using Microsoft.Extensions.Options;

namespace Gateway.Conversations;

/// <summary>
/// Live conversations by id. The upstream has no bulk read of the live shape, so a batch fans out by id with
/// bounded parallelism; an unknown id resolves to null, any other failure fails only its own key.
/// </summary>
public sealed class ConversationByIdDataLoader(IGenesysCloudClient client, IOptions<GenesysOptions> options)
    : BatchDataLoader<string, Conversation>(StringComparer.Ordinal)
{
    protected override Task FetchAsync(IReadOnlyList<string> keys, BatchResults<string, Conversation> results, CancellationToken cancellationToken)
        => BoundedByIdFetch.FetchAsync(keys, results, options.Value.MaxParallelRequests, client.GetConversationAsync, cancellationToken);
}
