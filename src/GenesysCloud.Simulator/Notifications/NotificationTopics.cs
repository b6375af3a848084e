using GenesysCloud.Simulator.Endpoints;

namespace GenesysCloud.Simulator.Notifications;

/// <summary>
/// The topics the simulator publishes, their canonical names (ids lower-case and dashed, so any casing subscribes to
/// the same topic) and the check that the entity a topic names exists.
/// </summary>
internal static class NotificationTopics
{
    private const string ContactsPrefix = "v2.externalcontacts.contacts.";
    private const string UsersPrefix = "v2.users.";
    private const string QueuesPrefix = "v2.routing.queues.";
    private const string JourneySessionsSuffix = ".journey.sessions";
    private const string ConversationsSuffix = ".conversations";
    private const string CobrowseSuffix = ".conversations.cobrowseSessions";

    public static string ContactJourneySessions(string contactId) => ContactsPrefix + contactId + JourneySessionsSuffix;
    public static string Contact(string contactId) => ContactsPrefix + contactId;
    public static string UserConversations(string userId) => UsersPrefix + userId + ConversationsSuffix;
    public static string QueueConversations(string queueId) => QueuesPrefix + queueId + ConversationsSuffix;
    public static string UserCobrowseSessions(string userId) => UsersPrefix + userId + CobrowseSuffix;
    public static string QueueCobrowseSessions(string queueId) => QueuesPrefix + queueId + CobrowseSuffix;

    /// <summary>
    /// The canonical topic, or a rejection reason: the topic is not one the simulator publishes, its id is not a
    /// GUID, or the entity it names does not exist in the organization.
    /// </summary>
    public static (string Topic, string? RejectionReason) Check(string? topic, SimulatorDataStore data, string organizationId)
    {
        if (string.IsNullOrWhiteSpace(topic))
        {
            return (topic ?? "", "A topic id is required.");
        }

        if (TrySplit(topic, ContactsPrefix, JourneySessionsSuffix, out var id) || TrySplit(topic, ContactsPrefix, "", out id))
        {
            var isSessions = topic.EndsWith(JourneySessionsSuffix, StringComparison.OrdinalIgnoreCase);
            if (!EndpointIds.TryNormalize(id, out var contactId))
            {
                return (topic, $"The id {id} of the topic is not a valid id.");
            }

            var canonical = isSessions ? ContactJourneySessions(contactId) : Contact(contactId);
            return data.GetExternalContact(organizationId, contactId) is null
                ? (canonical, $"External contact {contactId} not found.")
                : (canonical, null);
        }

        foreach (var (prefix, kind) in new[] { (UsersPrefix, "User"), (QueuesPrefix, "Queue") })
        {
            var cobrowse = TrySplit(topic, prefix, CobrowseSuffix, out id);
            if (!cobrowse && !TrySplit(topic, prefix, ConversationsSuffix, out id))
            {
                continue;
            }

            if (!EndpointIds.TryNormalize(id, out var entityId))
            {
                return (topic, $"The id {id} of the topic is not a valid id.");
            }

            var isUser = prefix == UsersPrefix;
            var canonical = (isUser, cobrowse) switch
            {
                (true, true) => UserCobrowseSessions(entityId),
                (true, false) => UserConversations(entityId),
                (false, true) => QueueCobrowseSessions(entityId),
                (false, false) => QueueConversations(entityId),
            };
            var exists = isUser ? data.GetUser(organizationId, entityId) is not null : data.GetQueue(organizationId, entityId) is not null;
            return exists ? (canonical, null) : (canonical, $"{kind} {entityId} not found.");
        }

        return (topic, $"The topic {topic} is not available.");
    }

    // The id is the part between the prefix and the suffix and must hold no '.' (a GUID never does).
    private static bool TrySplit(string topic, string prefix, string suffix, out string id)
    {
        id = "";
        if (topic.Length <= prefix.Length + suffix.Length
            || !topic.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)
            || !topic.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var middle = topic[prefix.Length..^suffix.Length];
        if (middle.Contains('.', StringComparison.Ordinal))
        {
            return false;
        }

        id = middle;
        return true;
    }
}
