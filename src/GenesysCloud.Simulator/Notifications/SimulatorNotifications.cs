using System.Text.Json;
using GenesysCloud.Models;
using GenesysCloud.Simulator.Hosting;
using GenesysCloud.Simulator.Notifications;
using GenesysCloud.Simulator.Seed;
using Microsoft.Extensions.Options;

namespace GenesysCloud.Simulator;

/// <summary>
/// The simulated notification service, for tests and benchmarks: its channels and counters, sockets ended on demand
/// (the platform's maintenance close, a dropped connection, a socket gone silent), and changes of the data that the
/// REST answers show at once and that are published to every subscribed channel of the organization.
/// Each change method throws <see cref="NotificationChangeException"/> for an unknown entity or a change its state refuses.
/// </summary>
public sealed class SimulatorNotifications
{
    private readonly NotificationChannelRegistry _channels;
    private readonly SimulatorDataStore _data;
    private readonly TimeProvider _time;
    private readonly ILogger<SimulatorNotifications> _logger;
    private readonly Lock _randomGate = new();

    // Seeded: the same seed and the same order of changes give the same ids and values.
    private readonly Random _random;

    internal SimulatorNotifications(
        NotificationChannelRegistry channels, SimulatorDataStore data, TimeProvider time, IOptions<SimulatorOptions> options, ILogger<SimulatorNotifications> logger)
    {
        _channels = channels;
        _data = data;
        _time = time;
        _logger = logger;
        _random = new Random(unchecked((options.Value.Seed * 31) + 0x5E55));
    }

    /// <summary>What the service did since the last <see cref="ResetCounts"/>.</summary>
    public NotificationCounts Counts => _channels.Counters.Snapshot();

    public void ResetCounts() => _channels.Counters.Reset();

    /// <summary>Every live channel (of every organization and client, or of one organization), oldest first.</summary>
    public IReadOnlyList<NotificationChannelSnapshot> Channels(string? organizationId = null) =>
        [.. _channels.All
            .Where(c => organizationId is null || c.OrganizationId == SimulatorDataStore.Normalize(organizationId))
            .OrderBy(c => c.Created)
            .Select(c => new NotificationChannelSnapshot(
                c.Id, c.OrganizationId, c.ClientId, c.ConnectUri, c.Expires, [.. c.Topics.Order(StringComparer.Ordinal)],
                c.HasOpenSocket, c.Socket?.IsSilenced ?? false, c.EventsSent))];

    /// <summary>
    /// Ends the open socket of one channel (or of every channel, optionally of one organization) the way
    /// <paramref name="mode"/> says; the ids of the channels whose socket it ended. The channels themselves stay.
    /// </summary>
    public IReadOnlyList<string> CloseSockets(SocketCloseMode mode, string? channelId = null, string? organizationId = null) =>
        _channels.EndSockets(mode, channelId, organizationId);

    /// <summary>
    /// Moves a conversation's co-browse to <paramref name="targetState"/> (alerting, connected, disconnected), or to its
    /// next state when null: alerting → connected → disconnected, and a disconnected co-browse of a live conversation
    /// starts again (alerting, new co-browse session id). Published to the conversation and co-browse topics of its users and queues.
    /// </summary>
    public NotificationChange TransitionCobrowse(
        string conversationId, string? targetState = null, string? organizationId = null, string disconnectType = "client")
    {
        var organization = Organization(organizationId);
        var now = Now();
        var newCobrowseSessionId = Draw(random => random.NextGuid());
        string state = "";
        var (conversation, cobrowse) = For(organization).UpdateConversation(SimulatorDataStore.Normalize(conversationId), current =>
            {
                (var updated, state) = CobrowseChanges.Transition(current, targetState, now, disconnectType, newCobrowseSessionId);
                return updated;
            })
            ?? throw NotificationChangeException.NotFound($"Conversation {conversationId} not found.");

        return PublishConversation(NotificationChange.CobrowseTransitionKind, organization, conversation, cobrowse) with { State = state };
    }

    /// <summary>Starts the next segment (interact ↔ hold) of a connected co-browse; published like <see cref="TransitionCobrowse"/>.</summary>
    public NotificationChange AppendCobrowseSegment(string conversationId, string? organizationId = null)
    {
        var organization = Organization(organizationId);
        var now = Now();
        string segmentType = "";
        var (conversation, cobrowse) = For(organization).UpdateConversation(SimulatorDataStore.Normalize(conversationId), current =>
            {
                (var updated, segmentType) = CobrowseChanges.AppendSegment(current, now);
                return updated;
            })
            ?? throw NotificationChangeException.NotFound($"Conversation {conversationId} not found.");

        return PublishConversation(NotificationChange.SegmentKind, organization, conversation, cobrowse) with
        {
            State = CobrowseStates.Connected,
            SegmentType = segmentType,
        };
    }

    /// <summary>
    /// Records one more event on a live session (event count, last event, page or screen views, last page, duration),
    /// ending it when <paramref name="end"/>; published to its contact's journey sessions topic.
    /// </summary>
    public NotificationChange UpdateSession(string sessionId, bool end = false, string? organizationId = null)
    {
        var organization = Organization(organizationId);
        var now = Now();
        var seed = Draw(random => random.Next());
        var session = For(organization).UpdateSession(SimulatorDataStore.Normalize(sessionId), current =>
                current.EndedDate is not null
                    ? throw NotificationChangeException.Conflict($"Session {sessionId} has ended.")
                    : SessionChanges.RecordEvent(current, now, new Random(seed), end))
            ?? throw NotificationChangeException.NotFound($"Session {sessionId} not found.");

        return PublishSession(NotificationChange.SessionUpdateKind, organization, session);
    }

    /// <summary>
    /// Starts a new session of an external contact (new id, at the head of its listing, fetchable by id), on the device
    /// of its newest session; published to the contact's journey sessions topic.
    /// </summary>
    public NotificationChange CreateSession(string externalContactId, string? organizationId = null)
    {
        var organization = Organization(organizationId);
        var now = Now();
        var (id, seed) = Draw(random => (random.NextGuid(), random.Next()));
        var contactId = SimulatorDataStore.Normalize(externalContactId);
        var session = For(organization).AddSession(contactId, newest => SessionChanges.NewSession(id, contactId, newest, now, new Random(seed)))
            ?? throw NotificationChangeException.NotFound($"Contact {externalContactId} not found.");

        return PublishSession(NotificationChange.NewSessionKind, organization, session);
    }

    /// <summary>
    /// One random, realistic change among the organization's live sessions and conversations (what the schedule of
    /// <c>Simulator:Notifications:EventIntervalMilliseconds</c> runs): a session event, a new session, a co-browse
    /// transition or a segment.
    /// </summary>
    public NotificationChange PublishRandomChange(string? organizationId = null)
    {
        var organization = Organization(organizationId);
        var data = For(organization);
        var (roll, pick, end) = Draw(random => (random.NextDouble(), random.Next(), random.Chance(0.1)));

        if (roll < 0.6)
        {
            var conversations = data.Conversations;
            var live = conversations.Where(c => c.EndTime is null && CobrowseChanges.StateOf(c) is not null).ToList();
            var connected = live.Where(c => CobrowseChanges.StateOf(c) == CobrowseStates.Connected).ToList();
            if (roll < 0.2 && connected.Count > 0)
            {
                return AppendCobrowseSegment(connected[pick % connected.Count].Id, organization);
            }

            if (roll < 0.35 && live.Count > 0)
            {
                return TransitionCobrowse(live[pick % live.Count].Id, organizationId: organization);
            }

            var sessions = data.Sessions.Where(s => s.EndedDate is null).ToList();
            if (sessions.Count > 0)
            {
                return UpdateSession(sessions[pick % sessions.Count].Id, end, organization);
            }
        }

        var contacts = data.ExternalContacts;
        return CreateSession(contacts[pick % contacts.Count].Id, organization);
    }

    /// <summary>Publishes a contact's new state to <c>v2.externalcontacts.contacts.{id}</c> (after a <c>PUT</c>).</summary>
    internal NotificationChange PublishContact(string organizationId, ExternalContact contact)
    {
        var body = JsonSerializer.SerializeToUtf8Bytes(contact, WireJson.Context.ExternalContact);
        var (topics, correlationId, deliveries) = Publish(organizationId, [(NotificationTopics.Contact(contact.Id), body)]);
        return new NotificationChange
        {
            Kind = NotificationChange.ContactUpdateKind,
            OrganizationId = organizationId,
            CorrelationId = correlationId,
            Topics = topics,
            Deliveries = deliveries,
            ExternalContactId = contact.Id,
        };
    }

    private NotificationChange PublishConversation(string kind, string organizationId, Conversation conversation, CobrowseConversation? cobrowse)
    {
        var participants = conversation.Participants ?? [];
        var users = participants.Select(p => p.UserId).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        var queues = participants.Select(p => p.QueueId).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        var conversationBody = JsonSerializer.SerializeToUtf8Bytes(conversation, WireJson.Context.Conversation);
        var events = new List<(string, byte[])>();
        events.AddRange(users.Select(u => (NotificationTopics.UserConversations(u), conversationBody)));
        events.AddRange(queues.Select(q => (NotificationTopics.QueueConversations(q), conversationBody)));
        if (cobrowse is not null)
        {
            var cobrowseBody = JsonSerializer.SerializeToUtf8Bytes(cobrowse, WireJson.Context.CobrowseConversation);
            events.AddRange(users.Select(u => (NotificationTopics.UserCobrowseSessions(u), cobrowseBody)));
            events.AddRange(queues.Select(q => (NotificationTopics.QueueCobrowseSessions(q), cobrowseBody)));
        }

        var (topics, correlationId, deliveries) = Publish(organizationId, events);
        SimulatorLog.ChangePublished(_logger, kind, topics.Count, deliveries, correlationId);
        return new NotificationChange
        {
            Kind = kind,
            OrganizationId = organizationId,
            CorrelationId = correlationId,
            Topics = topics,
            Deliveries = deliveries,
            ConversationId = conversation.Id,
            CobrowseSessionId = cobrowse?.Participants?.FirstOrDefault()?.CobrowseSessionId,
        };
    }

    private NotificationChange PublishSession(string kind, string organizationId, Session session)
    {
        var contactId = session.ExternalContact?.Id;
        var events = contactId is null
            ? []
            : new List<(string, byte[])> { (NotificationTopics.ContactJourneySessions(contactId), JsonSerializer.SerializeToUtf8Bytes(session, WireJson.Context.Session)) };
        var (topics, correlationId, deliveries) = Publish(organizationId, events);
        SimulatorLog.ChangePublished(_logger, kind, topics.Count, deliveries, correlationId);
        return new NotificationChange
        {
            Kind = kind,
            OrganizationId = organizationId,
            CorrelationId = correlationId,
            Topics = topics,
            Deliveries = deliveries,
            SessionId = session.Id,
            ExternalContactId = contactId,
            EventCount = session.EventCount,
            Ended = session.EndedDate is not null,
        };
    }

    // One correlation id for the change, on every topic it goes to; each body is written once for all its sockets.
    private (IReadOnlyList<string> Topics, string CorrelationId, int Deliveries) Publish(string organizationId, IReadOnlyList<(string Topic, byte[] Body)> events)
    {
        var correlationId = Guid.NewGuid().ToString();
        var deliveries = 0;
        foreach (var (topic, body) in events)
        {
            deliveries += _channels.Publish(organizationId, topic, NotificationMessages.Envelope(topic, body, correlationId));
        }

        return ([.. events.Select(e => e.Topic)], correlationId, deliveries);
    }

    private string Organization(string? organizationId) => SimulatorDataStore.Normalize(organizationId ?? _data.DefaultOrganizationId);

    private OrganizationDataSet For(string organizationId) => _data.For(organizationId);

    private DateTimeOffset Now()
    {
        var now = _time.GetUtcNow();
        return now.AddTicks(-(now.Ticks % TimeSpan.TicksPerMillisecond));
    }

    private T Draw<T>(Func<Random, T> draw)
    {
        lock (_randomGate)
        {
            return draw(_random);
        }
    }
}
