using GenesysCloud.Models;

namespace GenesysCloud.Simulator.Seed;

/// <summary>
/// Conversations with their participants (customer, ACD leg, agent, sometimes a second agent after a transfer)
/// and, for some, the co-browse communications of the customer (sharer) and the agent (viewer).
/// </summary>
internal static class ConversationGenerator
{
    private const string CobrowseProvider = "Genesys Cloud";
    private static readonly string[] DisconnectTypes = ["client", "endpoint", "peer", "system", "timeout"];

    public static Conversation Create(GenerationContext context, int index, ExternalContact[] contacts, User[] users, Queue[] queues)
    {
        var plan = context.Plan;
        var shape = plan.Conversations[index];
        var id = plan.ConversationIds[index];
        var random = context.Values("conversation", index);
        var contact = contacts[shape.ContactIndex];
        var agent = users[shape.UserIndex];
        var queue = queues[shape.QueueIndex];
        var timing = shape.SessionIndex >= 0 ? SessionTiming.For(context, shape.SessionIndex) : Detached(context, random);

        var start = timing.Created + random.Between(TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(Math.Max(10, (timing.LastEvent - timing.Created).TotalSeconds / 2)));
        var answered = start + random.Between(TimeSpan.FromSeconds(10), TimeSpan.FromMinutes(3));
        DateTimeOffset? end = timing.Active ? null : answered + random.Between(TimeSpan.FromMinutes(3), TimeSpan.FromMinutes(40));
        var transferred = shape.ParticipantIds.Length == 4;
        var transferAt = end is { } ended
            ? answered + Whole((ended - answered) * 0.6)
            : answered + random.Between(TimeSpan.FromMinutes(2), TimeSpan.FromMinutes(5));
        DateTimeOffset? agentEnd = transferred ? transferAt : end;
        var disposition = random.Pick(SampleValues.DispositionCodes);
        var notes = random.Pick(SampleValues.DispositionNotes);
        var sessionId = shape.SessionIndex >= 0 ? plan.SessionIds[shape.SessionIndex] : null;

        Cobrowsesession? sharer = null;
        Cobrowsesession? viewer = null;
        if (shape.HasCobrowse)
        {
            (sharer, viewer) = Cobrowse(random, shape, FullName(contact), agent.Name ?? "", answered, agentEnd);
        }

        var participants = new List<Participant>(shape.ParticipantIds.Length)
        {
            new()
            {
                Id = shape.ParticipantIds[0],
                StartTime = start,
                ConnectedTime = start,
                EndTime = end,
                Name = FullName(contact),
                ExternalContactId = contact.Id,
                Purpose = "customer",
                ParticipantType = "External",
                Locale = random.Pick(SampleValues.Cities).Language,
                Attributes = sessionId is null
                    ? new Dictionary<string, string> { ["channel"] = "web" }
                    : new Dictionary<string, string> { ["channel"] = "web", ["journeySessionId"] = sessionId },
                Cobrowsesessions = sharer is null ? null : [sharer],
            },
        };

        if (shape.ParticipantIds.Length >= 3)
        {
            participants.Add(new Participant
            {
                Id = shape.ParticipantIds[2],
                StartTime = start + TimeSpan.FromSeconds(1),
                ConnectedTime = start + TimeSpan.FromSeconds(1),
                EndTime = answered,
                Name = queue.Name,
                QueueId = queue.Id,
                QueueName = queue.Name,
                Purpose = "acd",
                ParticipantType = "Internal",
            });
        }

        participants.Add(Agent(shape.ParticipantIds[1], agent, queue, answered, agentEnd, disposition, notes, viewer));

        if (transferred)
        {
            var second = users[shape.TransferUserIndex];
            participants.Add(Agent(shape.ParticipantIds[3], second, queue, transferAt + TimeSpan.FromSeconds(6), end,
                random.Pick(SampleValues.DispositionCodes), random.Pick(SampleValues.DispositionNotes), null));
        }

        return new Conversation
        {
            Id = id,
            StartTime = start,
            EndTime = end,
            Participants = participants,
            MaxParticipants = 10,
            RecordingState = end is null && random.Chance(0.5) ? "active" : "none",
            State = end is null ? "connected" : "disconnected",
            Divisions =
            [
                new ConversationDivisionMembership
                {
                    Division = context.HomeDivision,
                    Entities = [new DomainEntityRef { Id = queue.Id, SelfUri = queue.SelfUri }],
                },
            ],
            SecurePause = false,
            SelfUri = SelfUris.Conversation(id),
        };
    }

    /// <summary>The co-browse view of a conversation: its participants with co-browse, flattened; null without co-browse.</summary>
    public static CobrowseConversation? ToCobrowse(Conversation conversation, IReadOnlyDictionary<string, User> users, IReadOnlyDictionary<string, Queue> queues)
    {
        var participants = new List<CobrowseMediaParticipant>();
        foreach (var participant in conversation.Participants ?? [])
        {
            if (participant.Cobrowsesessions is not [var session, ..])
            {
                continue;
            }

            var user = participant.UserId is not null && users.TryGetValue(participant.UserId, out var u) ? u : null;
            var queue = participant.QueueId is not null && queues.TryGetValue(participant.QueueId, out var q) ? q : null;
            participants.Add(new CobrowseMediaParticipant
            {
                Id = participant.Id,
                Name = participant.Name,
                Address = session.Self?.AddressNormalized,
                StartTime = session.StartAlertingTime,
                ConnectedTime = session.ConnectedTime,
                EndTime = session.DisconnectedTime,
                Purpose = participant.Purpose,
                State = session.State,
                Direction = "inbound",
                DisconnectType = session.DisconnectType,
                Held = false,
                WrapupRequired = participant.WrapupRequired,
                WrapupPrompt = participant.WrapupPrompt,
                User = user is null ? null : new DomainEntityRef { Id = user.Id, Name = user.Name, SelfUri = user.SelfUri },
                Queue = queue is null ? null : new DomainEntityRef { Id = queue.Id, Name = queue.Name, SelfUri = queue.SelfUri },
                Attributes = participant.Attributes,
                Provider = session.Provider,
                ExternalContact = participant.ExternalContactId is null
                    ? null
                    : new DomainEntityRef { Id = participant.ExternalContactId, SelfUri = SelfUris.ExternalContact(participant.ExternalContactId) },
                Wrapup = participant.Wrapup,
                Peer = session.PeerId,
                CobrowseSessionId = session.CobrowseSessionId,
                CobrowseRole = session.CobrowseRole,
                Controlling = session.Controlling,
                ViewerUrl = session.ViewerUrl,
                ProviderEventTime = session.ProviderEventTime,
            });
        }

        return participants.Count == 0
            ? null
            : new CobrowseConversation
            {
                Id = conversation.Id,
                Participants = participants,
                OtherMediaUris = [],
                SelfUri = SelfUris.CobrowseConversation(conversation.Id),
            };
    }

    public static string FullName(ExternalContact contact) => $"{contact.FirstName} {contact.LastName}";

    private static Participant Agent(string id, User user, Queue queue, DateTimeOffset connected, DateTimeOffset? end,
        string disposition, string notes, Cobrowsesession? cobrowse) => new()
        {
            Id = id,
            StartTime = connected - TimeSpan.FromSeconds(7),
            ConnectedTime = connected,
            EndTime = end,
            Name = user.Name,
            UserUri = user.SelfUri,
            UserId = user.Id,
            QueueId = queue.Id,
            QueueName = queue.Name,
            Purpose = "agent",
            ParticipantType = "Internal",
            WrapupRequired = true,
            WrapupPrompt = "mandatory",
            WrapupTimeoutMs = 60000,
            WrapupSkipped = false,
            Wrapup = end is null
            ? null
            : new Wrapup
            {
                Code = disposition.ToLowerInvariant().Replace(' ', '-'),
                Name = disposition,
                Notes = notes,
                DurationSeconds = 45,
                EndTime = end.Value + TimeSpan.FromSeconds(45),
                Provider = "PureCloud",
            },
            AlertingTimeoutMs = 8000,
            Cobrowsesessions = cobrowse is null ? null : [cobrowse],
            StartAcwTime = end,
            EndAcwTime = end + TimeSpan.FromSeconds(45),
        };

    private static (Cobrowsesession Sharer, Cobrowsesession Viewer) Cobrowse(
        Random random, ConversationPlan shape, string customerName, string agentName, DateTimeOffset agentConnected, DateTimeOffset? agentEnd)
    {
        // Co-browse starts a little into the agent's part and ends before it does.
        var window = (agentEnd ?? agentConnected + TimeSpan.FromMinutes(10)) - agentConnected;
        var alerting = agentConnected + random.Between(window * 0.05, window * 0.25);
        var connected = alerting + random.Between(TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(15));
        DateTimeOffset? disconnected = agentEnd is { } end
            ? connected + random.Between(window * 0.1, end - connected)
            : null;
        var disconnectType = disconnected is null ? null : random.Pick(DisconnectTypes);
        var state = disconnected is null ? "connected" : "disconnected";
        var viewerUrl = $"https://apps.mypurecloud.com/cobrowse/viewer/{shape.CobrowseSessionId}";
        var sharerCommunication = shape.CommunicationIds[0];
        var viewerCommunication = shape.CommunicationIds[1];
        var segments = Segments(random, alerting, connected, disconnected, disconnectType);

        // The customer shares; the agent views and, in most sessions, has been granted control of the customer's pages.
        var sharer = new Cobrowsesession
        {
            State = state,
            InitialState = "connected",
            Id = sharerCommunication,
            DisconnectType = disconnectType,
            Self = new Address { Name = customerName, NameRaw = customerName, AddressNormalized = shape.CobrowseSessionId, AddressRaw = shape.CobrowseSessionId, AddressDisplayable = customerName },
            CobrowseSessionId = shape.CobrowseSessionId,
            CobrowseRole = "sharer",
            Controlling = [],
            ViewerUrl = viewerUrl,
            ProviderEventTime = disconnected ?? connected,
            StartAlertingTime = alerting,
            ConnectedTime = connected,
            DisconnectedTime = disconnected,
            Provider = CobrowseProvider,
            PeerId = viewerCommunication,
            Segments = segments,
        };
        var viewer = sharer with
        {
            InitialState = "alerting",
            Id = viewerCommunication,
            Self = new Address { Name = agentName, NameRaw = agentName, AddressNormalized = shape.CobrowseSessionId, AddressRaw = shape.CobrowseSessionId, AddressDisplayable = agentName },
            CobrowseRole = "viewer",
            Controlling = random.Chance(0.6) ? [shape.ParticipantIds[0]] : [],
            PeerId = sharerCommunication,
        };
        return (sharer, viewer);
    }

    private static List<Segment> Segments(Random random, DateTimeOffset alerting, DateTimeOffset connected, DateTimeOffset? disconnected, string? disconnectType)
    {
        var segments = new List<Segment> { new() { StartTime = alerting, EndTime = connected, Type = "alert", HowEnded = "interact" } };
        if (disconnected is { } end && random.Chance(0.3))
        {
            var holdStart = connected + ((end - connected) / 3);
            var holdEnd = holdStart + ((end - connected) / 6);
            segments.Add(new Segment { StartTime = connected, EndTime = holdStart, Type = "interact", HowEnded = "hold" });
            segments.Add(new Segment { StartTime = holdStart, EndTime = holdEnd, Type = "hold", HowEnded = "interact" });
            segments.Add(new Segment { StartTime = holdEnd, EndTime = end, Type = "interact", HowEnded = "disconnect", DisconnectType = disconnectType });
        }
        else
        {
            segments.Add(new Segment
            {
                StartTime = connected,
                EndTime = disconnected,
                Type = "interact",
                HowEnded = disconnected is null ? null : "disconnect",
                DisconnectType = disconnectType,
            });
        }

        return segments;
    }

    private static TimeSpan Whole(TimeSpan span) => TimeSpan.FromMilliseconds(Math.Floor(span.TotalMilliseconds));

    // A conversation beyond the session count has no session to sit in.
    private static SessionTiming Detached(GenerationContext context, Random random)
    {
        var start = context.Now - random.Between(TimeSpan.FromHours(2), TimeSpan.FromDays(60));
        return new SessionTiming(start, start + TimeSpan.FromMinutes(10), start + TimeSpan.FromMinutes(20));
    }
}
