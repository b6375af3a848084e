namespace Gateway.Caching;

/// <summary>The kinds of upstream entity the gateway caches; each names a cache-key segment and a TTL entry.</summary>
public static class EntityKinds
{
    public const string Session = "Session";
    public const string EndedSession = "EndedSession";
    public const string Conversation = "Conversation";
    public const string EndedConversation = "EndedConversation";
    public const string CobrowseConversation = "CobrowseConversation";
    public const string ExternalContact = "ExternalContact";
    public const string User = "User";
    public const string Queue = "Queue";
    public const string JourneySegment = "JourneySegment";

    /// <summary>One upstream page of a contact's journey sessions; short-lived, since new sessions join the list.</summary>
    public const string SessionPage = "SessionPage";
}
