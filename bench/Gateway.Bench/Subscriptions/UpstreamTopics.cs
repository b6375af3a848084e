using GenesysCloud.Models;

namespace Gateway.Bench.Subscriptions;

/// <summary>
/// The Notifications API topics the gateway subscribes upstream for the benchmark's subscriptions, named as the
/// simulator names them (ids lower-case): a contact's journey sessions, and the conversation topics of the users and
/// queues on a conversation.
/// </summary>
internal static class UpstreamTopics
{
    public static string ContactJourneySessions(string contactId) => $"v2.externalcontacts.contacts.{contactId.ToLowerInvariant()}.journey.sessions";

    public static IReadOnlyList<string> OfConversation(Conversation conversation)
    {
        var participants = conversation.Participants ?? [];
        return
        [
            .. participants.Select(p => p.UserId).Where(id => !string.IsNullOrEmpty(id)).Select(id => $"v2.users.{id!.ToLowerInvariant()}.conversations"),
            .. participants.Select(p => p.QueueId).Where(id => !string.IsNullOrEmpty(id)).Select(id => $"v2.routing.queues.{id!.ToLowerInvariant()}.conversations"),
        ];
    }
}
