using Gateway.Common.Errors;
using GenesysCloud.Models;
using GraphQL;
using GraphQL.DataLoader;
using Microsoft.AspNetCore.WebUtilities;

namespace Gateway.Sessions;

/// <summary>
/// Builds a <see cref="SessionConnection"/> from the upstream's cursor pages. A page is read from the cursor's
/// upstream token, skipping up to and including the cursor's offset; when one upstream page does not fill
/// <c>first</c>, the next one is read in the next loader round (still batched across aliases). Every edge gets
/// a real cursor, so resuming after any edge works.
/// </summary>
internal static class SessionConnectionPager
{
    /// <summary>Starts reading <paramref name="first"/> sessions of a contact after <paramref name="after"/> (or from the start).</summary>
    public static IDataLoaderResult<object> Load(
        IResolveFieldContext context,
        SessionsByExternalContactIdDataLoader loader,
        string externalContactId,
        int first,
        SessionCursor? after)
    {
        var page = new PageBeingRead(context, loader, externalContactId, first, hasPrevious: after is not null);
        return after is { } cursor
            ? ReadUpstreamPage(page, cursor.PageAfter, skip: cursor.Offset + 1, anchorId: cursor.AnchorId)
            : ReadUpstreamPage(page, pageAfter: null, skip: 0);
    }

    /// <summary>
    /// Answers an empty connection with <paramref name="error"/> on the field: the field is non-null, so failing it
    /// would null the whole response, sibling fields included.
    /// </summary>
    public static SessionConnection Refuse(IResolveFieldContext context, ExecutionError error)
    {
        ReportOnField(context, error);
        return SessionConnection.Empty;
    }

    /// <summary>The upstream <c>after</c> token of the page that follows, taken from a listing's <c>nextUri</c>.</summary>
    public static string? NextPageToken(string? nextUri)
    {
        var queryStart = nextUri?.IndexOf('?', StringComparison.Ordinal) ?? -1;
        if (queryStart < 0)
        {
            return null;
        }

        var after = QueryHelpers.ParseQuery(nextUri![queryStart..]).GetValueOrDefault("after").ToString();
        return string.IsNullOrEmpty(after) ? null : after;
    }

    // The executor keeps a field's context alive while its loader result is pending, so this is safe in a continuation.
    private static void ReportOnField(IResolveFieldContext context, ExecutionError error)
    {
        error.Path = context.ResponsePath;
        error.AddLocation(context.FieldAst, context.Document);
        context.Errors.Add(error);
    }

    private static IDataLoaderResult<object> ReadUpstreamPage(PageBeingRead page, string? pageAfter, int skip, string? anchorId = null)
    {
        var pageSize = Math.Min(SessionCursor.MaxPageSize, skip + page.Remaining);
        var key = new ExternalContactSessionsPageKey(page.ExternalContactId, pageSize, pageAfter);
        return new UpstreamPageRead(page, page.Loader.LoadAsync(key), listing => Collect(page, pageAfter, skip, listing, anchorId));
    }

    // Returns the finished connection, or the pending read of the next upstream page (the executor awaits it in
    // its next round, together with every other alias's continuation).
    private static object Collect(PageBeingRead page, string? pageAfter, int skip, SessionListing? listing, string? anchorId = null)
    {
        if (listing is null)
        {
            if (page.Edges.Count == 0)
            {
                ReportOnField(page.Context, new NotFoundError("ExternalContact", page.ExternalContactId));
            }

            // A contact that vanished between two upstream pages ends the listing.
            return page.Finish(hasNextPage: false);
        }

        var sessions = listing.Entities ?? [];
        var nextPageAfter = NextPageToken(listing.NextUri);

        // Resume right after the cursor's own session where it still is on this page (sessions that joined the head
        // of the list shift it); the offset serves only when it is gone.
        var anchorIndex = anchorId is null ? -1 : sessions.FindIndex(s => string.Equals(s.Id, anchorId, StringComparison.Ordinal));
        var index = anchorIndex >= 0 ? anchorIndex + 1 : skip;
        for (; index < sessions.Count && page.Remaining > 0; index++)
        {
            // The last session of an upstream page points into the next page, so resuming from it reads that page directly.
            var cursor = index == sessions.Count - 1 && nextPageAfter is not null
                ? new SessionCursor(nextPageAfter, -1)
                : new SessionCursor(pageAfter, index, sessions[index].Id);
            page.Edges.Add(new SessionEdge(cursor.Encode(), sessions[index]));
        }

        var morePagesUpstream = nextPageAfter is not null && nextPageAfter != pageAfter && sessions.Count > 0;
        if (page.Remaining == 0)
        {
            return page.Finish(hasNextPage: index < sessions.Count || morePagesUpstream);
        }

        return morePagesUpstream
            ? ReadUpstreamPage(page, nextPageAfter, skip: 0)
            : page.Finish(hasNextPage: false);
    }

    /// <summary>
    /// A pending upstream page, then what <c>collect</c> makes of it. A failed read does not fail the non-null field:
    /// it answers the edges read so far (resumable from their end cursor) with the error on the field.
    /// </summary>
    private sealed class UpstreamPageRead(PageBeingRead page, IDataLoaderResult<SessionListing?> pending, Func<SessionListing?, object> collect)
        : IDataLoaderResult<object>
    {
        public async Task<object> GetResultAsync(CancellationToken cancellationToken = default)
        {
            SessionListing? listing;
            try
            {
                listing = await pending.GetResultAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (ExecutionError error)
            {
                ReportOnField(page.Context, error);
                return page.Finish(hasNextPage: page.Edges.Count > 0);
            }

            return collect(listing);
        }

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken)
            => await GetResultAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The state of one connection field while its upstream pages are read.</summary>
    private sealed class PageBeingRead(
        IResolveFieldContext context,
        SessionsByExternalContactIdDataLoader loader,
        string externalContactId,
        int first,
        bool hasPrevious)
    {
        public IResolveFieldContext Context { get; } = context;

        public SessionsByExternalContactIdDataLoader Loader { get; } = loader;

        public string ExternalContactId { get; } = externalContactId;

        public List<SessionEdge> Edges { get; } = [];

        public int Remaining => first - Edges.Count;

        public SessionConnection Finish(bool hasNextPage)
            => new(Edges, new PageInfo(hasNextPage, hasPrevious, Edges.FirstOrDefault()?.Cursor, Edges.LastOrDefault()?.Cursor));
    }
}
