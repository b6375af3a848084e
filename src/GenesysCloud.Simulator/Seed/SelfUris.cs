using GenesysCloud.Models;

namespace GenesysCloud.Simulator.Seed;

/// <summary>The platform's <c>selfUri</c> of each kind of entity.</summary>
internal static class SelfUris
{
    public static string Session(string id) => $"/api/v2/journey/sessions/{id}";
    public static string ExternalContact(string id) => $"/api/v2/externalcontacts/contacts/{id}";
    public static string ExternalOrganization(string id) => $"/api/v2/externalcontacts/organizations/{id}";
    public static string User(string id) => $"/api/v2/users/{id}";
    public static string Queue(string id) => $"/api/v2/routing/queues/{id}";
    public static string Segment(string id) => $"/api/v2/journey/segments/{id}";
    public static string Outcome(string id) => $"/api/v2/journey/outcomes/{id}";
    public static string Conversation(string id) => $"/api/v2/conversations/{id}";
    public static string CobrowseConversation(string id) => $"/api/v2/conversations/cobrowsesessions/{id}";
    public static string Division(string id) => $"/api/v2/authorization/divisions/{id}";
    public static string Organization(string id) => $"/api/v2/organizations/{id}";

    public static AddressableEntityRef Ref(string id, Func<string, string> selfUri) => new() { Id = id, SelfUri = selfUri(id) };
}
