namespace Gateway.Bench.Subscriptions;

/// <summary>
/// The subscription documents: a small payload, the simulator's time of the change (the latency's start), what tells
/// the change apart, and one nested entity that resolves through a DataLoader and the entity cache.
/// </summary>
internal static class SubscriptionQueries
{
    /// <summary>A contact's sessions as they change: <c>eventCount</c> names the change, <c>lastEvent.createdDate</c> is its time.</summary>
    public const string ContactSessions = """
        subscription ContactSessions($contact: ID!) {
          sessionsUpdatedForExternalContact(externalContactId: $contact) {
            id eventCount
            lastEvent { createdDate }
            externalContact { id firstName }
          }
        }
        """;

    /// <summary>A conversation's co-browse sessions as they change: <c>providerEventTime</c> is the change's time.</summary>
    public const string CobrowseSession = """
        subscription CobrowseSession($conversation: ID!) {
          cobrowseSessionUpdated(conversationId: $conversation) {
            conversationId participantId
            cobrowseSession { state providerEventTime }
            participant { id user { id name } }
          }
        }
        """;
}
