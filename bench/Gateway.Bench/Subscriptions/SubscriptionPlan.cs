using System.Text.Json;

namespace Gateway.Bench.Subscriptions;

/// <summary>
/// Which subscriptions the benchmark opens and on which socket: half <c>sessionsUpdatedForExternalContact</c> on
/// contacts, half <c>cobrowseSessionUpdated</c> on conversations, <c>--per-entity</c> subscriptions sharing each
/// contact or conversation, shuffled over the sockets so that a socket carries a mix as a front end's would.
/// </summary>
internal sealed class SubscriptionPlan
{
    private readonly Dictionary<(SubscriptionKind, string), List<SubscriptionTarget>> _byEntity;

    private SubscriptionPlan(LiveEntities entities, IReadOnlyList<SubscriptionTarget> targets, IReadOnlyList<IReadOnlyList<SubscriptionTarget>> sockets)
    {
        Entities = entities;
        Targets = targets;
        Sockets = sockets;
        _byEntity = targets
            .GroupBy(t => (t.Kind, t.EntityId))
            .ToDictionary(g => g.Key, g => g.ToList());
    }

    public LiveEntities Entities { get; }

    public IReadOnlyList<SubscriptionTarget> Targets { get; }

    /// <summary>The subscriptions of each socket, in the order they are sent.</summary>
    public IReadOnlyList<IReadOnlyList<SubscriptionTarget>> Sockets { get; }

    /// <summary>The contacts that have a subscription (those a session change is worth triggering on).</summary>
    public IReadOnlyList<LiveContact> WatchedContacts => [.. Entities.Contacts.Where(c => _byEntity.ContainsKey((SubscriptionKind.ContactSessions, c.ContactId)))];

    /// <summary>The conversations that have a subscription.</summary>
    public IReadOnlyList<LiveCobrowseConversation> WatchedConversations =>
        [.. Entities.Conversations.Where(c => _byEntity.ContainsKey((SubscriptionKind.CobrowseSession, c.ConversationId)))];

    /// <summary>The subscriptions a change of <paramref name="entityId"/> must reach.</summary>
    public IReadOnlyList<SubscriptionTarget> Watching(SubscriptionKind kind, string entityId) =>
        _byEntity.TryGetValue((kind, entityId), out var targets) ? targets : [];

    public static SubscriptionPlan Create(SubscriptionBenchOptions options)
    {
        var contactSubscriptions = (options.Subscriptions + 1) / 2;
        var cobrowseSubscriptions = options.Subscriptions / 2;
        var entities = LiveEntities.Create(
            Math.Max(1, Ceiling(contactSubscriptions, options.PerEntity)),
            Math.Max(1, Ceiling(cobrowseSubscriptions, options.PerEntity)),
            options.Seed);

        var targets = new List<SubscriptionTarget>(options.Subscriptions);
        for (var i = 0; i < contactSubscriptions; i++)
        {
            // Fewer live entities than asked for: they are shared by more subscriptions each (the report says how many).
            var contact = entities.Contacts[(i / options.PerEntity) % entities.Contacts.Count];
            targets.Add(new SubscriptionTarget(targets.Count, SubscriptionKind.ContactSessions, contact.ContactId, 1,
                Payload("ContactSessions", SubscriptionQueries.ContactSessions, "contact", contact.ContactId)));
        }

        for (var i = 0; i < cobrowseSubscriptions; i++)
        {
            var conversation = entities.Conversations[(i / options.PerEntity) % entities.Conversations.Count];
            targets.Add(new SubscriptionTarget(targets.Count, SubscriptionKind.CobrowseSession, conversation.ConversationId, conversation.CobrowseSessions,
                Payload("CobrowseSession", SubscriptionQueries.CobrowseSession, "conversation", conversation.ConversationId)));
        }

        var shuffled = targets.ToArray();
        new Random(options.Seed).Shuffle(shuffled);
        var sockets = shuffled.Chunk(options.PerSocket).Select(chunk => (IReadOnlyList<SubscriptionTarget>)chunk).ToList();
        return new SubscriptionPlan(entities, targets, sockets);
    }

    private static int Ceiling(int count, int per) => (count + per - 1) / per;

    private static byte[] Payload(string operation, string query, string variable, string id)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("query", query);
            writer.WriteString("operationName", operation);
            writer.WriteStartObject("variables");
            writer.WriteString(variable, id);
            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        return buffer.ToArray();
    }
}
