using Gateway.Caching;
using Gateway.DataLoading;
using Gateway.Upstream;
using GenesysCloud.Models;

namespace Gateway.ExternalContacts;

/// <summary>
/// External contacts by id, every key of one level in one <c>POST /api/v2/externalcontacts/bulk/contacts</c>
/// (the client splits into upstream-sized calls). An item that failed fails only its own key.
/// </summary>
public sealed class ExternalContactByIdDataLoader(IGenesysCloudClient client, EntityCacheContext cache) : CachedEntityDataLoader<ExternalContact>(cache)
{
    protected override string EntityKind => EntityKinds.ExternalContact;

    protected override async Task FetchFromUpstreamAsync(IReadOnlyList<string> keys, BatchResults<string, ExternalContact> results, CancellationToken cancellationToken)
    {
        var fetched = await client.GetExternalContactsAsync(keys, cancellationToken).ConfigureAwait(false);
        foreach (var contact in fetched.Entities)
        {
            results.SetValue(contact.Id, contact);
        }

        foreach (var (id, failure) in fetched.Failures)
        {
            results.SetError(id, failure);
        }
    }
}
