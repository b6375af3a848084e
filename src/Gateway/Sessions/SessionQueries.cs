using Gateway.Common.Errors;
using Gateway.DataLoading;
using GraphQL;
using GraphQL.Types;

namespace Gateway.Sessions;

/// <summary>The root fields of the Sessions feature: a session by id, a contact's sessions, a journey segment by id.</summary>
public static class SessionQueries
{
    private const int DefaultPageSize = 25;

    public static void AddSessionQueries(this ObjectGraphType query)
    {
        query.Field<SessionGraphType>("session")
            .Description("A journey session by id. Null and a NOT_FOUND error when the upstream does not know it. Every `session` of a request is fetched in one batch.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The ID of the session.")
            .Resolve(context =>
            {
                var id = RequiredId(context, "id");
                return context.RequestServices!.GetRequiredService<SessionByIdDataLoader>()
                    .LoadAsync(id)
                    .Then(session => session ?? throw new NotFoundError("Session", id));
            });

        query.Field<NonNullGraphType<SessionConnectionGraphType>>("sessionsByExternalContact")
            .Description(
                "The journey sessions of an external contact, as a Relay cursor connection over the upstream's cursor paging. "
                + "The connection itself is never null: an unknown contact answers an empty connection and a NOT_FOUND error on this field; "
                + "`first` outside 1 to 200 or an `after` this field did not issue answers an empty connection and a BAD_USER_INPUT error; "
                + "an upstream failure answers the sessions read so far and the error.")
            .Argument<NonNullGraphType<IdGraphType>>("externalContactId", "The ID of the external contact.")
            .Argument<IntGraphType>("first", $"How many sessions to return, 1 to {SessionCursor.MaxPageSize}.", argument => argument.DefaultValue = DefaultPageSize)
            .Argument<StringGraphType>("after", "Return the sessions after this cursor (an edge's `cursor` or `pageInfo.endCursor`).")
            .Resolve(context =>
            {
                var externalContactId = context.GetArgument<string>("externalContactId");
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

                var loader = context.RequestServices!.GetRequiredService<SessionsByExternalContactIdDataLoader>();
                return SessionConnectionPager.Load(context, loader, externalContactId, first, after);
            });

        query.Field<JourneySegmentGraphType>("journeySegment")
            .Description("A journey segment by id. Null and a NOT_FOUND error when the upstream does not know it.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The ID of the segment.")
            .Resolve(context =>
            {
                var id = RequiredId(context, "id");
                return context.RequestServices!.GetRequiredService<JourneySegmentByIdDataLoader>()
                    .LoadAsync(id)
                    .Then(segment => segment ?? throw new NotFoundError("JourneySegment", id));
            });
    }

    // An empty id would address a different upstream route: refuse it before any call.
    private static string RequiredId(IResolveFieldContext context, string argumentName)
    {
        var id = context.GetArgument<string>(argumentName);
        return string.IsNullOrWhiteSpace(id)
            ? throw new BadUserInputError($"`{argumentName}` must not be empty.", argumentName)
            : id;
    }
}
