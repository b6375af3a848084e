using System.Reactive.Linq;
using Gateway.Common.Errors;
using Gateway.Subscriptions;
using GenesysCloud.Models;
using GraphQL;
using GraphQL.Types;

namespace Gateway.Sessions;

/// <summary>
/// The subscription fields of the Sessions feature, fed by the upstream topic of a contact's journey sessions (the only
/// topic that carries sessions): a session's updates are its contact's topic, filtered.
/// </summary>
public static class SessionSubscriptions
{
    public static void AddSessionSubscriptions(this ObjectGraphType subscription)
    {
        subscription.Field<NonNullGraphType<SessionGraphType>>("sessionUpdated")
            .Description(
                "A journey session each time the upstream reports a change of it (a new event, its end). Fed by its external contact's "
                + "journey-sessions topic; nested fields resolve through the same loaders and cache as queries, fresh for every event. "
                + "NOT_FOUND when the session is unknown; BAD_USER_INPUT when it has no external contact (no topic carries it).")
            .Argument<NonNullGraphType<IdGraphType>>("sessionId", "The ID of the session.")
            .ResolveStreamAsync(async context =>
            {
                var sessionId = SubscriptionArguments.RequiredId(context, "sessionId");
                var session = await SubscriptionArguments.LoadAsync<SessionByIdDataLoader, Session>(context, sessionId, "Session").ConfigureAwait(false);
                var contactId = session.ExternalContact?.Id
                    ?? throw new BadUserInputError("The session has no external contact, so no upstream topic carries its changes.", "sessionId");
                var events = await EventStreams.OpenAsync(context, [Topic(contactId)], GenesysJsonContext.Default.Session).ConfigureAwait(false);
                return events.Where(changed => string.Equals(changed.Id, sessionId, StringComparison.OrdinalIgnoreCase));
            });

        subscription.Field<NonNullGraphType<SessionGraphType>>("sessionsUpdatedForExternalContact")
            .Description("Every journey session of an external contact as it starts or changes, from the contact's journey-sessions topic.")
            .Argument<NonNullGraphType<IdGraphType>>("externalContactId", "The ID of the external contact.")
            .ResolveStreamAsync(async context =>
            {
                var contactId = SubscriptionArguments.RequiredId(context, "externalContactId");
                return await EventStreams.OpenAsync(context, [Topic(contactId)], GenesysJsonContext.Default.Session).ConfigureAwait(false);
            });
    }

    private static string Topic(string contactId) => UpstreamTopic.Of(UpstreamTopicKind.ExternalContactJourneySessions, contactId).Name;
}
