using Gateway.Notifications;

namespace Gateway.Subscriptions;

/// <summary>A parsed upstream topic name (<see cref="NotificationTopics"/> spells them): its kind and the id of the entity it is about (lower case).</summary>
public readonly record struct UpstreamTopic(UpstreamTopicKind Kind, string EntityId)
{
    private const string ContactPrefix = "v2.externalcontacts.contacts.";
    private const string UserPrefix = "v2.users.";
    private const string QueuePrefix = "v2.routing.queues.";
    private const string JourneySessionsSuffix = ".journey.sessions";
    private const string ConversationsSuffix = ".conversations";
    private const string CobrowseSuffix = ".conversations.cobrowseSessions";

    /// <summary>The topic's name, as the upstream spells it.</summary>
    public string Name => Kind switch
    {
        UpstreamTopicKind.ExternalContactJourneySessions => NotificationTopics.ExternalContactJourneySessions(EntityId),
        UpstreamTopicKind.ExternalContact => NotificationTopics.ExternalContact(EntityId),
        UpstreamTopicKind.UserConversations => NotificationTopics.UserConversations(EntityId),
        UpstreamTopicKind.QueueConversations => NotificationTopics.QueueConversations(EntityId),
        UpstreamTopicKind.UserCobrowseSessions => NotificationTopics.UserCobrowseSessions(EntityId),
        UpstreamTopicKind.QueueCobrowseSessions => NotificationTopics.QueueCobrowseSessions(EntityId),
        _ => throw new InvalidOperationException("An unknown topic has no name."),
    };

    /// <summary>The topic of <paramref name="kind"/> about entity <paramref name="entityId"/>.</summary>
    public static UpstreamTopic Of(UpstreamTopicKind kind, string entityId)
    {
        ArgumentException.ThrowIfNullOrEmpty(entityId);
        return new UpstreamTopic(kind, entityId.ToLowerInvariant());
    }

    /// <summary>Reads a topic name; an unknown shape is <see cref="UpstreamTopicKind.Unknown"/>.</summary>
    public static UpstreamTopic Parse(string topic)
    {
        ArgumentNullException.ThrowIfNull(topic);
        if (topic.StartsWith(ContactPrefix, StringComparison.Ordinal))
        {
            var rest = topic[ContactPrefix.Length..];
            return rest.EndsWith(JourneySessionsSuffix, StringComparison.Ordinal)
                ? Segment(UpstreamTopicKind.ExternalContactJourneySessions, rest[..^JourneySessionsSuffix.Length])
                : Segment(UpstreamTopicKind.ExternalContact, rest);
        }

        if (topic.StartsWith(UserPrefix, StringComparison.Ordinal))
        {
            return Conversations(topic[UserPrefix.Length..], UpstreamTopicKind.UserConversations, UpstreamTopicKind.UserCobrowseSessions);
        }

        return topic.StartsWith(QueuePrefix, StringComparison.Ordinal)
            ? Conversations(topic[QueuePrefix.Length..], UpstreamTopicKind.QueueConversations, UpstreamTopicKind.QueueCobrowseSessions)
            : default;
    }

    private static UpstreamTopic Conversations(string rest, UpstreamTopicKind conversations, UpstreamTopicKind cobrowse)
        => rest.EndsWith(CobrowseSuffix, StringComparison.Ordinal) ? Segment(cobrowse, rest[..^CobrowseSuffix.Length])
            : rest.EndsWith(ConversationsSuffix, StringComparison.Ordinal) ? Segment(conversations, rest[..^ConversationsSuffix.Length])
            : default;

    // An id is one segment: anything with a dot left in it is a topic of another shape.
    private static UpstreamTopic Segment(UpstreamTopicKind kind, string id)
        => id.Length > 0 && !id.Contains('.', StringComparison.Ordinal) ? new UpstreamTopic(kind, id.ToLowerInvariant()) : default;
}
