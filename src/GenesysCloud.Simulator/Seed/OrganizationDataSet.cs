using System.Collections.Concurrent;
using System.Collections.Frozen;
using GenesysCloud.Models;

namespace GenesysCloud.Simulator.Seed;

/// <summary>
/// One organization's data, built once from the plan and the organization id. Users, queues and segments are
/// read-only; contacts, conversations (with their co-browse view) and journey sessions (with each contact's listing)
/// change: each change builds new records (<c>with</c>) under one write lock and swaps them in with a volatile write,
/// so reads take no lock and never see half a change.
/// </summary>
internal sealed class OrganizationDataSet
{
    private readonly ExternalContact[] _contacts;
    private readonly FrozenDictionary<string, int> _contactIndex;
    private readonly Session[] _sessions;
    private readonly FrozenDictionary<string, int> _sessionIndex;
    private readonly ConcurrentDictionary<string, Session> _addedSessions = new(StringComparer.Ordinal);
    private readonly Session[][] _sessionsByContact;
    private readonly FrozenDictionary<string, User> _users;
    private readonly FrozenDictionary<string, Queue> _queues;
    private readonly FrozenDictionary<string, JourneySegment> _segments;
    private readonly ConversationEntry[] _conversations;
    private readonly FrozenDictionary<string, int> _conversationIndex;
    private readonly int[] _cobrowseIndexes;
    private readonly Lock _writeGate = new();
    private string[] _addedSessionIds = [];

    public OrganizationDataSet(DataPlan plan, Organization organization)
    {
        Organization = organization;
        var context = new GenerationContext(plan, organization.Id);

        _contacts = Build(plan.ContactIds.Length, i => ExternalContactGenerator.Create(context, i));
        Users = Build(plan.UserIds.Length, i => UserGenerator.Create(context, i));
        Queues = Build(plan.QueueIds.Length, i => QueueGenerator.Create(context, i));
        Segments = Build(plan.SegmentIds.Length, i => JourneySegmentGenerator.Create(context, i));
        var conversations = Build(plan.ConversationIds.Length, i => ConversationGenerator.Create(context, i, _contacts, Users, Queues));
        _sessions = Build(plan.SessionIds.Length, i => SessionGenerator.Create(context, i, _contacts, conversations));

        _contactIndex = Index(_contacts, c => c.Id);
        _users = Users.ToFrozenDictionary(u => u.Id, StringComparer.Ordinal);
        _queues = Queues.ToFrozenDictionary(q => q.Id, StringComparer.Ordinal);
        _segments = Segments.ToFrozenDictionary(s => s.Id, StringComparer.Ordinal);
        _conversationIndex = Index(conversations, c => c.Id);
        _sessionIndex = Index(_sessions, s => s.Id);
        _conversations = [.. conversations.Select(c => new ConversationEntry(c, ConversationGenerator.ToCobrowse(c, _users, _queues)))];
        _cobrowseIndexes = [.. Enumerable.Range(0, _conversations.Length).Where(i => _conversations[i].Cobrowse is not null)];

        // Newest first, the order the platform lists a contact's sessions in; the id breaks ties so paging is stable.
        var byContact = _sessions
            .GroupBy(s => s.ExternalContact!.Id, StringComparer.Ordinal)
            .ToDictionary(
                g => g.Key,
                g => g.OrderByDescending(s => s.CreatedDate).ThenBy(s => s.Id, StringComparer.Ordinal).ToArray(),
                StringComparer.Ordinal);
        _sessionsByContact = [.. _contacts.Select(c => byContact.GetValueOrDefault(c.Id) ?? [])];
    }

    public Organization Organization { get; }
    public User[] Users { get; }
    public Queue[] Queues { get; }
    public JourneySegment[] Segments { get; }

    /// <summary>The conversations as they are now.</summary>
    public IReadOnlyList<Conversation> Conversations => [.. _conversations.Select((_, i) => Volatile.Read(ref _conversations[i]).Conversation)];

    /// <summary>The co-browse views as they are now, of the conversations that have a co-browse.</summary>
    public IReadOnlyList<CobrowseConversation> CobrowseConversations =>
        [.. _cobrowseIndexes.Select(i => Volatile.Read(ref _conversations[i]).Cobrowse!)];

    /// <summary>The seeded sessions then those added since, as they are now.</summary>
    public IReadOnlyList<Session> Sessions =>
        [.. _sessions.Select((_, i) => Volatile.Read(ref _sessions[i])), .. Volatile.Read(ref _addedSessionIds).Select(id => _addedSessions[id])];

    public IReadOnlyList<ExternalContact> ExternalContacts => _contacts;

    public Session? GetSession(string id) =>
        _sessionIndex.TryGetValue(id, out var index) ? Volatile.Read(ref _sessions[index]) : _addedSessions.GetValueOrDefault(id);

    /// <summary>The contact's sessions, newest first; null when the contact does not exist.</summary>
    public IReadOnlyList<Session>? SessionsOfExternalContact(string contactId) =>
        _contactIndex.TryGetValue(contactId, out var index) ? Volatile.Read(ref _sessionsByContact[index]) : null;

    public ExternalContact? GetExternalContact(string id) =>
        _contactIndex.TryGetValue(id, out var index) ? Volatile.Read(ref _contacts[index]) : null;

    public User? GetUser(string id) => _users.GetValueOrDefault(id);

    public Queue? GetQueue(string id) => _queues.GetValueOrDefault(id);

    public JourneySegment? GetSegment(string id) => _segments.GetValueOrDefault(id);

    public Conversation? GetConversation(string id) =>
        _conversationIndex.TryGetValue(id, out var index) ? Volatile.Read(ref _conversations[index]).Conversation : null;

    public CobrowseConversation? GetCobrowseConversation(string id) =>
        _conversationIndex.TryGetValue(id, out var index) ? Volatile.Read(ref _conversations[index]).Cobrowse : null;

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

    /// <summary>
    /// Replaces a conversation through <paramref name="update"/> (which may throw to refuse the change) and derives its
    /// co-browse view again; both are swapped in together. Null when the conversation does not exist.
    /// </summary>
    public (Conversation Conversation, CobrowseConversation? Cobrowse)? UpdateConversation(string id, Func<Conversation, Conversation> update)
    {
        if (!_conversationIndex.TryGetValue(id, out var index))
        {
            return null;
        }

        lock (_writeGate)
        {
            var updated = update(_conversations[index].Conversation);
            var entry = new ConversationEntry(updated, ConversationGenerator.ToCobrowse(updated, _users, _queues));
            Volatile.Write(ref _conversations[index], entry);
            return (entry.Conversation, entry.Cobrowse);
        }
    }

    /// <summary>Replaces a session (and its place in its contact's listing) through <paramref name="update"/>; null when it does not exist.</summary>
    public Session? UpdateSession(string id, Func<Session, Session> update)
    {
        lock (_writeGate)
        {
            var current = GetSession(id);
            if (current is null)
            {
                return null;
            }

            var updated = update(current) with { Id = current.Id };
            if (_sessionIndex.TryGetValue(id, out var index))
            {
                Volatile.Write(ref _sessions[index], updated);
            }
            else
            {
                _addedSessions[id] = updated;
            }

            if (current.ExternalContact?.Id is { } contactId && _contactIndex.TryGetValue(contactId, out var contactIndex))
            {
                var listing = (Session[])_sessionsByContact[contactIndex].Clone();
                var position = Array.FindIndex(listing, s => s.Id == id);
                if (position >= 0)
                {
                    listing[position] = updated;
                    Volatile.Write(ref _sessionsByContact[contactIndex], listing);
                }
            }

            return updated;
        }
    }

    /// <summary>
    /// Adds the session <paramref name="create"/> makes from the contact's newest session (null when it has none) at the
    /// head of the contact's listing; null when the contact does not exist.
    /// </summary>
    public Session? AddSession(string contactId, Func<Session?, Session> create)
    {
        if (!_contactIndex.TryGetValue(contactId, out var contactIndex))
        {
            return null;
        }

        lock (_writeGate)
        {
            var listing = _sessionsByContact[contactIndex];
            var session = create(listing.Length > 0 ? listing[0] : null);
            if (_sessionIndex.ContainsKey(session.Id) || !_addedSessions.TryAdd(session.Id, session))
            {
                throw new InvalidOperationException($"A session {session.Id} exists already.");
            }

            Volatile.Write(ref _addedSessionIds, [.. _addedSessionIds, session.Id]);
            Volatile.Write(ref _sessionsByContact[contactIndex], [session, .. listing]);
            return session;
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

    private static FrozenDictionary<string, int> Index<T>(T[] items, Func<T, string> key) =>
        items.Select((item, i) => KeyValuePair.Create(key(item), i)).ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>A conversation and its co-browse view, swapped as one so a reader never pairs a new one with an old one.</summary>
    private sealed record ConversationEntry(Conversation Conversation, CobrowseConversation? Cobrowse);
}
