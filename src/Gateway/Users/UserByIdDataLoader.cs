using Gateway.Caching;
using Gateway.DataLoading;
using Gateway.Upstream;
using GenesysCloud.Models;

namespace Gateway.Users;

/// <summary>Users by id, every key of one level in one <c>GET /api/v2/users?id=…</c> (the client splits past 100 ids).</summary>
public sealed class UserByIdDataLoader(IGenesysCloudClient client, EntityCacheContext cache) : CachedEntityDataLoader<User>(cache)
{
    protected override string EntityKind => EntityKinds.User;

    protected override async Task FetchFromUpstreamAsync(IReadOnlyList<string> keys, BatchResults<string, User> results, CancellationToken cancellationToken)
    {
        // Unknown ids are simply absent from the answer: left unset, they resolve to null.
        var users = await client.GetUsersAsync(keys, cancellationToken).ConfigureAwait(false);
        foreach (var user in users)
        {
            results.SetValue(user.Id, user);
        }
    }
}
