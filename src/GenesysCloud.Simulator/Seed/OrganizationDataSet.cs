using System.Collections.Frozen;
using GenesysCloud.Models;

namespace GenesysCloud.Simulator.Seed;

/// <summary>
/// One organization's data, built once from the plan and the organization id. Everything is read-only except
/// the external contacts, which <c>PUT</c> replaces one at a time.
/// </summary>
internal sealed class OrganizationDataSet
{
    private readonly ExternalContact[] _contacts;
    private readonly FrozenDictionary<string, int> _contactIndex;
    private readonly FrozenDictionary<string, Session> _sessions;
    private readonly FrozenDictionary<string, Session[]> _sessionsByContact;
    private readonly FrozenDictionary<string, User> _users;
    private readonly FrozenDictionary<string, Queue> _queues;
    private readonly FrozenDictionary<string, JourneySegment> _segments;
    private readonly FrozenDictionary<string, Conversation> _conversations;
    private readonly FrozenDictionary<string, CobrowseConversation> _cobrowse;
    private readonly Lock _writeGate = new();

    public OrganizationDataSet(DataPlan plan, Organization organization)
    {
        Organization = organization;
        var context = new GenerationContext(plan, organization.Id);

        _contacts = Build(plan.ContactIds.Length, i => ExternalContactGenerator.Create(context, i));
        Users = Build(plan.UserIds.Length, i => UserGenerator.Create(context, i));
        Queues = Build(plan.QueueIds.Length, i => QueueGenerator.Create(context, i));
        Segments = Build(plan.SegmentIds.Length, i => JourneySegmentGenerator.Create(context, i));
        Conversations = Build(plan.ConversationIds.Length, i => ConversationGenerator.Create(context, i, _contacts, Users, Queues));
        Sessions = Build(plan.SessionIds.Length, i => SessionGenerator.Create(context, i, _contacts, Conversations));

        _contactIndex = Index(_contacts, c => c.Id).ToFrozenDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        _users = Users.ToFrozenDictionary(u => u.Id, StringComparer.Ordinal);
        _queues = Queues.ToFrozenDictionary(q => q.Id, StringComparer.Ordinal);
        _segments = Segments.ToFrozenDictionary(s => s.Id, StringComparer.Ordinal);
        _conversations = Conversations.ToFrozenDictionary(c => c.Id, StringComparer.Ordinal);
        _sessions = Sessions.ToFrozenDictionary(s => s.Id, StringComparer.Ordinal);

        CobrowseConversations = [.. Conversations.Select(c => ConversationGenerator.ToCobrowse(c, _users, _queues)).OfType<CobrowseConversation>()];
        _cobrowse = CobrowseConversations.ToFrozenDictionary(c => c.Id, StringComparer.Ordinal);

        // Newest first, the order the platform lists a contact's sessions in; the id breaks ties so paging is stable.
        _sessionsByContact = Sessions
            .GroupBy(s => s.ExternalContact!.Id, StringComparer.Ordinal)
            .ToFrozenDictionary(
                g => g.Key,
                g => g.OrderByDescending(s => s.CreatedDate).ThenBy(s => s.Id, StringComparer.Ordinal).ToArray(),
                StringComparer.Ordinal);
    }

    public Organization Organization { get; }
    public User[] Users { get; }
    public Queue[] Queues { get; }
    public JourneySegment[] Segments { get; }
    public Conversation[] Conversations { get; }
    public CobrowseConversation[] CobrowseConversations { get; }
    public Session[] Sessions { get; }

    public IReadOnlyList<ExternalContact> ExternalContacts => _contacts;

    public Session? GetSession(string id) => _sessions.GetValueOrDefault(id);

    /// <summary>The contact's sessions, newest first; null when the contact does not exist.</summary>
    public IReadOnlyList<Session>? SessionsOfExternalContact(string contactId) =>
        !_contactIndex.ContainsKey(contactId) ? null
        : _sessionsByContact.TryGetValue(contactId, out var sessions) ? sessions
        : [];

    public ExternalContact? GetExternalContact(string id) =>
        _contactIndex.TryGetValue(id, out var index) ? Volatile.Read(ref _contacts[index]) : null;

    public User? GetUser(string id) => _users.GetValueOrDefault(id);

    public Queue? GetQueue(string id) => _queues.GetValueOrDefault(id);

    public JourneySegment? GetSegment(string id) => _segments.GetValueOrDefault(id);

    public Conversation? GetConversation(string id) => _conversations.GetValueOrDefault(id);

    public CobrowseConversation? GetCobrowseConversation(string id) => _cobrowse.GetValueOrDefault(id);

    /// <summary>Replaces a contact through <paramref name="update"/>; null when the contact does not exist.</summary>
    public ExternalContact? UpdateExternalContact(string id, Func<ExternalContact, ExternalContact> update)
    {
        if (!_contactIndex.TryGetValue(id, out var index))
        {
            return null;
        }

        lock (_writeGate)
        {
            var updated = update(_contacts[index]);
            Volatile.Write(ref _contacts[index], updated);
            return updated;
        }
    }

    private static T[] Build<T>(int count, Func<int, T> create)
    {
        var items = new T[count];
        for (var i = 0; i < count; i++)
        {
            items[i] = create(i);
        }

        return items;
    }

    private static IEnumerable<KeyValuePair<string, int>> Index<T>(T[] items, Func<T, string> key) =>
        items.Select((item, i) => KeyValuePair.Create(key(item), i));
}
