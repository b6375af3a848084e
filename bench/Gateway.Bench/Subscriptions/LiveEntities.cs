using GenesysCloud.Simulator;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Gateway.Bench.Subscriptions;

/// <summary>
/// What the subscriptions watch and the changes can move: external contacts with live sessions (a <c>session-update</c>
/// refuses an ended one) and live conversations with a co-browse (a transition of an ended one is refused), read from
/// the simulator's own data store with its default settings, so they are the ids the simulator process serves.
/// </summary>
internal sealed class LiveEntities
{
    private LiveEntities(IReadOnlyList<LiveContact> contacts, IReadOnlyList<LiveCobrowseConversation> conversations)
    {
        Contacts = contacts;
        Conversations = conversations;
    }

    public IReadOnlyList<LiveContact> Contacts { get; }

    public IReadOnlyList<LiveCobrowseConversation> Conversations { get; }

    /// <summary>Draws up to <paramref name="contacts"/> contacts and <paramref name="conversations"/> conversations with a seeded stream.</summary>
    public static LiveEntities Create(int contacts, int conversations, int seed)
    {
        var store = new SimulatorDataStore(Options.Create(new SimulatorOptions()), TimeProvider.System, NullLogger<SimulatorDataStore>.Instance);
        var organizationId = store.DefaultOrganizationId;
        var random = new Random(seed);

        var liveContacts = store.Sessions(organizationId)
            .Where(s => s.EndedDate is null && s.ExternalContact?.Id is not null)
            .GroupBy(s => s.ExternalContact!.Id, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new LiveContact(g.Key, [.. g.Select(s => s.Id).Order(StringComparer.Ordinal)]))
            .ToArray();
        var liveConversations = store.Conversations(organizationId)
            .Where(c => c.EndTime is null)
            .Select(c => new LiveCobrowseConversation(
                c.Id,
                (c.Participants ?? []).Sum(p => p.Cobrowsesessions?.Count ?? 0),
                UpstreamTopics.OfConversation(c)))
            .Where(c => c.CobrowseSessions > 0 && c.Topics.Count > 0)
            .OrderBy(c => c.ConversationId, StringComparer.Ordinal)
            .ToArray();
        if (liveContacts.Length == 0 || liveConversations.Length == 0)
        {
            throw new BenchmarkFailedException("the simulator's data has no live sessions or no live co-browse conversations to change");
        }

        random.Shuffle(liveContacts);
        random.Shuffle(liveConversations);
        return new LiveEntities([.. liveContacts.Take(contacts)], [.. liveConversations.Take(conversations)]);
    }
}

/// <summary>An external contact and its live sessions, any of which a change may record an event on.</summary>
internal sealed record LiveContact(string ContactId, IReadOnlyList<string> LiveSessionIds)
{
    /// <summary>The upstream topic its session changes are published on.</summary>
    public string Topic => UpstreamTopics.ContactJourneySessions(ContactId);
}

/// <summary>
/// A live conversation with a co-browse: a transition changes each of its <see cref="CobrowseSessions"/> (sharer and
/// viewer) and is published on <see cref="Topics"/>, the conversation topics of its users and queues.
/// </summary>
internal sealed record LiveCobrowseConversation(string ConversationId, int CobrowseSessions, IReadOnlyList<string> Topics);
