using Gateway.Common.Errors;
using Gateway.DataLoading;
using Gateway.Limits;
using GraphQL;
using GraphQL.Types;

namespace Gateway.Sessions;

/// <summary>The root fields of the Sessions feature: a session by id, a contact's sessions, a journey segment by id.</summary>
public static class SessionQueries
{
    public static void AddSessionQueries(this ObjectGraphType query)
    {
        query.Field<SessionGraphType>("session")
            .Description("A journey session by id. Null and a NOT_FOUND error when the upstream does not know it. Every `session` of a request is fetched in one batch.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The ID of the session.")
            .WithCost(FieldCostExtensions.UpstreamWeight)
            .Resolve(context =>
            {
                var id = RequiredId(context, "id");
                return context.Loader<SessionByIdDataLoader>()
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
            .WithPagingArguments()
            .WithSessionConnectionCost()
            .Resolve(context => SessionConnectionField.Resolve(context, context.GetArgument<string>("externalContactId")));

        query.Field<JourneySegmentGraphType>("journeySegment")
            .Description("A journey segment by id. Null and a NOT_FOUND error when the upstream does not know it.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The ID of the segment.")
            .WithCost(FieldCostExtensions.UpstreamWeight)
            .Resolve(context =>
            {
                var id = RequiredId(context, "id");
                return context.Loader<JourneySegmentByIdDataLoader>()
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
