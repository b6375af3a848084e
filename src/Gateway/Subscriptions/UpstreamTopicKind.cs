namespace Gateway.Subscriptions;

/// <summary>The upstream notification topics the gateway's subscriptions are fed by.</summary>
public enum UpstreamTopicKind
{
    /// <summary>A topic the gateway does not know.</summary>
    Unknown,

    /// <summary><c>v2.externalcontacts.contacts.{id}.journey.sessions</c>: a contact's journey sessions.</summary>
    ExternalContactJourneySessions,

    /// <summary><c>v2.externalcontacts.contacts.{id}</c>: the contact itself.</summary>
    ExternalContact,

    /// <summary><c>v2.users.{id}.conversations</c>: conversations with their participants.</summary>
    UserConversations,

    /// <summary><c>v2.routing.queues.{id}.conversations</c>: conversations with their participants.</summary>
    QueueConversations,

    /// <summary><c>v2.users.{id}.conversations.cobrowseSessions</c>: the co-browse view of conversations.</summary>
    UserCobrowseSessions,

    /// <summary><c>v2.routing.queues.{id}.conversations.cobrowseSessions</c>: the co-browse view of conversations.</summary>
    QueueCobrowseSessions,
}
