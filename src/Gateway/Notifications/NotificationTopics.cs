namespace Gateway.Notifications;

/// <summary>
/// The names of the upstream topics the gateway subscribes to, ids lower-cased (the upstream's ids are lower-case
/// GUIDs; one id, one topic). There is no per-conversation or per-session topic: subscribe to the user, queue or
/// contact topic that carries it and filter.
/// </summary>
public static class NotificationTopics
{
    /// <summary>The topic of the upstream's channel heartbeats and pongs (never delivered).</summary>
    public const string ChannelMetadata = "channel.metadata";

    /// <summary>The upstream is about to close the socket (maintenance): reconnect.</summary>
    public const string SocketClosing = "v2.system.socket_closing";

    /// <summary>What stands for an id in <see cref="KindOf"/>.</summary>
    public const string IdPlaceholder = "{id}";

    /// <summary><c>v2.externalcontacts.contacts.{id}.journey.sessions</c>: a contact's journey sessions (bodies shaped like <c>Session</c>).</summary>
    public static string ExternalContactJourneySessions(string contactId) => $"v2.externalcontacts.contacts.{Id(contactId)}.journey.sessions";

    /// <summary><c>v2.externalcontacts.contacts.{id}</c>: the contact changed.</summary>
    public static string ExternalContact(string contactId) => $"v2.externalcontacts.contacts.{Id(contactId)}";

    /// <summary><c>v2.users.{id}.conversations</c>: the user's conversations, with participants and co-browse sessions.</summary>
    public static string UserConversations(string userId) => $"v2.users.{Id(userId)}.conversations";

    /// <summary><c>v2.routing.queues.{id}.conversations</c>: the queue's conversations.</summary>
    public static string QueueConversations(string queueId) => $"v2.routing.queues.{Id(queueId)}.conversations";

    /// <summary><c>v2.users.{id}.conversations.cobrowseSessions</c>: the user's co-browses only (flattened participant shape).</summary>
    public static string UserCobrowseSessions(string userId) => $"v2.users.{Id(userId)}.conversations.cobrowseSessions";

    /// <summary><c>v2.routing.queues.{id}.conversations.cobrowseSessions</c>: the queue's co-browses only.</summary>
    public static string QueueCobrowseSessions(string queueId) => $"v2.routing.queues.{Id(queueId)}.conversations.cobrowseSessions";

    /// <summary>
    /// The topic with its ids replaced by <see cref="IdPlaceholder"/> (<c>v2.users.{id}.conversations</c>): a metric tag
    /// of bounded cardinality. An id is a segment after the first that holds a digit or parses as a GUID.
    /// </summary>
    public static string KindOf(string topic)
    {
        ArgumentNullException.ThrowIfNull(topic);
        var segments = topic.Split('.');
        var changed = false;
        for (var i = 1; i < segments.Length; i++)
        {
            var segment = segments[i];
            if (segment.Length > 0 && (segment.Any(char.IsAsciiDigit) || Guid.TryParse(segment, out _)))
            {
                segments[i] = IdPlaceholder;
                changed = true;
            }
        }

        return changed ? string.Join('.', segments) : topic;
    }

    private static string Id(string id)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);

        // A dot would make the id two segments of another topic.
        if (id.Contains('.', StringComparison.Ordinal))
        {
            throw new ArgumentException("An id in a topic name cannot contain '.'.", nameof(id));
        }

        return id.ToLowerInvariant();
    }
}
