using Gateway.Common.Errors;
using Gateway.DataLoading;
using Gateway.Limits;
using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace Gateway.Sessions;

/// <summary>
/// A contact's journey sessions as a connection (<c>first</c>, <c>after</c>): the root <c>sessionsByExternalContact</c>
/// and <c>ExternalContact.sessions</c> resolve through here, so both check their arguments and page alike.
/// </summary>
public static class SessionConnectionField
{
    public const int DefaultPageSize = 25;

    /// <summary>Adds the paging arguments every session connection field takes.</summary>
    public static FieldBuilder<TSource, object> WithPagingArguments<TSource>(this FieldBuilder<TSource, object> field)
        => field
            .Argument<IntGraphType>("first", $"How many sessions to return, 1 to {SessionCursor.MaxPageSize}.", argument => argument.DefaultValue = DefaultPageSize)
            .Argument<StringGraphType>("after", "Return the sessions after this cursor (an edge's `cursor` or `pageInfo.endCursor`).");

    /// <summary>One upstream page per connection; its <c>nodes</c> and <c>edges</c> hold up to <c>first</c> sessions.</summary>
    public static FieldBuilder<TSource, object> WithSessionConnectionCost<TSource>(this FieldBuilder<TSource, object> field)
        => field.WithListCost(FieldCostExtensions.UpstreamWeight, "first", DefaultPageSize, "nodes", "edges");

    /// <summary>
    /// The connection of <paramref name="externalContactId"/>'s sessions. Never null: bad arguments answer an empty
    /// connection and a BAD_USER_INPUT error on the field, before any upstream call.
    /// </summary>
    public static object? Resolve(IResolveFieldContext context, string? externalContactId)
    {
        var first = context.GetArgument<int?>("first") ?? DefaultPageSize;
        SessionCursor? after = null;
        if (string.IsNullOrWhiteSpace(externalContactId))
        {
            return SessionConnectionPager.Refuse(context, new BadUserInputError("`externalContactId` must not be empty.", "externalContactId"));
        }

        if (first is < 1 or > SessionCursor.MaxPageSize)
        {
            return SessionConnectionPager.Refuse(context, new BadUserInputError($"`first` must be between 1 and {SessionCursor.MaxPageSize}.", "first"));
        }

        if (context.GetArgument<string?>("after") is { } encodedAfter)
        {
            if (!SessionCursor.TryDecode(encodedAfter, out var cursor))
            {
                return SessionConnectionPager.Refuse(context, new BadUserInputError("`after` is not a cursor of this listing.", "after"));
            }

            after = cursor;
        }

        var loader = context.Loader<SessionsByExternalContactIdDataLoader>();
        return SessionConnectionPager.Load(context, loader, externalContactId, first, after);
    }
}
