using Gateway.Subscriptions;
using GenesysCloud.Models;

namespace Gateway.Conversations;

/// <summary>
/// The upstream has no per-conversation topic: a conversation's changes travel on the topics of the users and queues
/// found on its participants.
/// </summary>
public static class ConversationTopics
{
    /// <summary>The conversation topics (<paramref name="users"/>, <paramref name="queues"/>) of every user and queue on the participants; empty when there are none.</summary>
    public static IReadOnlyList<string> Of(Conversation conversation, UpstreamTopicKind users, UpstreamTopicKind queues)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        var participants = conversation.Participants ?? [];
        return
        [
            .. participants.Select(p => p.QueueId).OfType<string>().Where(id => id.Length > 0).Select(id => UpstreamTopic.Of(queues, id).Name),
            .. participants.Select(p => p.UserId).OfType<string>().Where(id => id.Length > 0).Select(id => UpstreamTopic.Of(users, id).Name),
        ];
    }
}
