using System.Reactive.Linq;
using Gateway.Common.Errors;
using Gateway.Subscriptions;
using GenesysCloud.Models;
using GraphQL;
using GraphQL.Types;

namespace Gateway.Conversations;

/// <summary>The subscription fields of the Conversations feature.</summary>
public static class ConversationSubscriptions
{
    public static void AddConversationSubscriptions(this ObjectGraphType subscription)
    {
        subscription.Field<NonNullGraphType<ConversationGraphType>>("conversationUpdated")
            .Description(
                "A live conversation, with its participants and their co-browse sessions, each time the upstream reports a change. "
                + "There is no per-conversation topic upstream: this listens to the conversation topics of the queues and users on its "
                + "participants when the subscription starts, and filters. NOT_FOUND when the conversation is unknown; BAD_USER_INPUT when no "
                + "user or queue is on it.")
            .Argument<NonNullGraphType<IdGraphType>>("conversationId", "The ID of the conversation.")
            .ResolveStreamAsync(async context =>
            {
                var conversationId = SubscriptionArguments.RequiredId(context, "conversationId");
                var (_, events) = await OpenAsync(context, conversationId).ConfigureAwait(false);
                return events.Where(changed => string.Equals(changed.Id, conversationId, StringComparison.OrdinalIgnoreCase));
            });
    }

    /// <summary>
    /// The conversation as it is now, and the conversation events of every topic that carries it (not yet filtered by id).
    /// </summary>
    public static async Task<(Conversation Current, IObservable<Conversation> Events)> OpenAsync(IResolveFieldContext context, string conversationId)
    {
        var conversation = await SubscriptionArguments.LoadAsync<ConversationByIdDataLoader, Conversation>(context, conversationId, "Conversation").ConfigureAwait(false);
        var topics = ConversationTopics.Of(conversation, UpstreamTopicKind.UserConversations, UpstreamTopicKind.QueueConversations);
        if (topics.Count == 0)
        {
            throw new BadUserInputError("No user or queue is on this conversation, so no upstream topic carries its changes.", "conversationId");
        }

        return (conversation, await EventStreams.OpenAsync(context, topics, GenesysJsonContext.Default.Conversation).ConfigureAwait(false));
    }
}
