using System.Reactive.Linq;
using System.Text.Json;
using Gateway.Conversations;
using Gateway.Subscriptions;
using GenesysCloud.Models;
using GraphQL;
using GraphQL.Types;

namespace Gateway.Cobrowse;

/// <summary>The subscription fields of the Cobrowse feature.</summary>
public static class CobrowseSubscriptions
{
    public static void AddCobrowseSubscriptions(this ObjectGraphType subscription)
    {
        subscription.Field<NonNullGraphType<CobrowseSessionUpdateGraphType>>("cobrowseSessionUpdated")
            .Description(
                "Each co-browse session of a conversation that changes (alerting, connected, disconnected, a new segment), with its participant "
                + "and conversation. Fed by the conversation topics of the queues and users on its participants; a change is what differs from "
                + "the previous event (or from the conversation when the subscription started).")
            .Argument<NonNullGraphType<IdGraphType>>("conversationId", "The ID of the conversation.")
            .ResolveStreamAsync(async context =>
            {
                var conversationId = SubscriptionArguments.RequiredId(context, "conversationId");
                var (current, events) = await ConversationSubscriptions.OpenAsync(context, conversationId).ConfigureAwait(false);
                return Observable.Defer(() =>
                {
                    var seen = new CobrowseSessionStates();
                    _ = seen.Changes(current);
                    return events
                        .Where(changed => string.Equals(changed.Id, conversationId, StringComparison.OrdinalIgnoreCase))
                        .SelectMany(changed => seen.Changes(changed));
                });
            });

        subscription.Field<NonNullGraphType<CobrowseConversationGraphType>>("cobrowseSessionsUpdatedOnQueue")
            .Description("Every co-browse conversation routed through a queue, each time one changes (the upstream's co-browse topic of the queue).")
            .Argument<NonNullGraphType<IdGraphType>>("queueId", "The ID of the queue.")
            .ResolveStreamAsync(context => OpenCobrowseTopicAsync(context, UpstreamTopicKind.QueueCobrowseSessions, "queueId"));

        subscription.Field<NonNullGraphType<CobrowseConversationGraphType>>("cobrowseSessionsUpdatedForUser")
            .Description("Every co-browse conversation a user takes part in, each time one changes (the upstream's co-browse topic of the user).")
            .Argument<NonNullGraphType<IdGraphType>>("userId", "The ID of the user.")
            .ResolveStreamAsync(context => OpenCobrowseTopicAsync(context, UpstreamTopicKind.UserCobrowseSessions, "userId"));
    }

    private static async Task<IObservable<object?>> OpenCobrowseTopicAsync(IResolveFieldContext context, UpstreamTopicKind kind, string argumentName)
    {
        var id = SubscriptionArguments.RequiredId(context, argumentName);
        var events = await EventStreams.OpenAsync(context, [UpstreamTopic.Of(kind, id).Name], GenesysJsonContext.Default.CobrowseConversation).ConfigureAwait(false);
        return events;
    }

    /// <summary>The last state of each co-browse session one subscription has passed on, to tell what an event changed.</summary>
    private sealed class CobrowseSessionStates
    {
        private readonly Dictionary<string, string> _states = new(StringComparer.Ordinal);
        private readonly Lock _gate = new();

        public List<CobrowseSessionUpdate> Changes(Conversation conversation)
        {
            var changes = new List<CobrowseSessionUpdate>();
            lock (_gate)
            {
                foreach (var participant in conversation.Participants ?? [])
                {
                    foreach (var session in participant.Cobrowsesessions ?? [])
                    {
                        var key = $"{participant.Id}/{session.Id}";
                        var state = JsonSerializer.Serialize(session, GenesysJsonContext.Default.Cobrowsesession);
                        if (!_states.TryGetValue(key, out var previous) || previous != state)
                        {
                            _states[key] = state;
                            changes.Add(new CobrowseSessionUpdate(conversation.Id, participant, session));
                        }
                    }
                }
            }

            return changes;
        }
    }
}
