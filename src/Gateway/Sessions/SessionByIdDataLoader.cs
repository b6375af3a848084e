using Gateway.DataLoading;
using Gateway.Upstream;
using GenesysCloud.Models;
using Microsoft.Extensions.Options;

namespace Gateway.Sessions;

/// <summary>
/// Journey sessions by id. The upstream has no bulk read of sessions, so a batch fans out by id with bounded
/// parallelism. A contact's session listing primes this loader, so a session already listed costs no call.
/// </summary>
public sealed class SessionByIdDataLoader(IGenesysCloudClient client, IOptions<GenesysOptions> options)
    : BatchDataLoader<string, Session>(StringComparer.Ordinal)
{
    protected override Task FetchAsync(IReadOnlyList<string> keys, BatchResults<string, Session> results, CancellationToken cancellationToken)
        => BoundedParallelFetch.FetchAsync(keys, results, options.Value.MaxParallelRequests, client.GetSessionAsync, cancellationToken);
}
