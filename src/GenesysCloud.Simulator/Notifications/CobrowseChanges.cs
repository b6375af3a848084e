using GenesysCloud.Models;

namespace GenesysCloud.Simulator.Notifications;

/// <summary>
/// Changes of a conversation's co-browse communications (the customer's sharer and the agent's viewer move together):
/// state transitions, with their times and segments, and a new activity segment (interact ↔ hold). Pure: each returns
/// a new conversation built with <c>with</c>, the input is never touched.
/// </summary>
internal static class CobrowseChanges
{
    public const string Interact = "interact";
    public const string Hold = "hold";
    public const string Alert = "alert";

    /// <summary>The co-browse's state (its first communication's), or null when the conversation has none.</summary>
    public static string? StateOf(Conversation conversation) =>
        conversation.Participants?.SelectMany(p => p.Cobrowsesessions ?? []).FirstOrDefault()?.State;

    /// <summary>
    /// Moves the co-browse to <paramref name="target"/>, or to the next state (alerting → connected → disconnected; a
    /// disconnected co-browse of a live conversation starts a new one, alerting, under <paramref name="newCobrowseSessionId"/>).
    /// </summary>
    public static (Conversation Conversation, string State) Transition(
        Conversation conversation, string? target, DateTimeOffset now, string disconnectType, string newCobrowseSessionId)
    {
        var current = StateOf(conversation)
            ?? throw NotificationChangeException.Conflict($"Conversation {conversation.Id} has no co-browse.");
        var next = target?.ToLowerInvariant() ?? current switch
        {
            CobrowseStates.Alerting => CobrowseStates.Connected,
            CobrowseStates.Connected => CobrowseStates.Disconnected,
            _ => CobrowseStates.Alerting,
        };

        var allowed = (current, next) switch
        {
            (CobrowseStates.Alerting, CobrowseStates.Connected) => true,
            (CobrowseStates.Alerting or CobrowseStates.Connected, CobrowseStates.Disconnected) => true,
            (CobrowseStates.Disconnected, CobrowseStates.Alerting) => conversation.EndTime is null,
            _ => false,
        };
        if (!allowed)
        {
            throw NotificationChangeException.Conflict(
                $"The co-browse of conversation {conversation.Id} cannot go from {current} to {next}{(conversation.EndTime is null ? "" : " (the conversation has ended)")}.");
        }

        Func<Cobrowsesession, Cobrowsesession> apply = next switch
        {
            CobrowseStates.Connected => s => s with
            {
                State = CobrowseStates.Connected,
                ConnectedTime = now,
                ProviderEventTime = now,
                Segments = [.. CloseOpenSegment(s.Segments, now, Interact, null), new Segment { StartTime = now, Type = Interact }],
            },
            CobrowseStates.Disconnected => s => s with
            {
                State = CobrowseStates.Disconnected,
                DisconnectedTime = now,
                DisconnectType = disconnectType,
                ProviderEventTime = now,
                Segments = CloseOpenSegment(s.Segments, now, "disconnect", disconnectType),
            },
            _ => s => s with
            {
                State = CobrowseStates.Alerting,
                CobrowseSessionId = newCobrowseSessionId,
                StartAlertingTime = now,
                ConnectedTime = null,
                DisconnectedTime = null,
                DisconnectType = null,
                ProviderEventTime = now,
                ViewerUrl = $"https://apps.mypurecloud.com/cobrowse/viewer/{newCobrowseSessionId}",
                Self = s.Self is null ? null : s.Self with { AddressNormalized = newCobrowseSessionId, AddressRaw = newCobrowseSessionId },
                Segments = [new Segment { StartTime = now, Type = Alert }],
            },
        };

        return (MapCobrowse(conversation, apply), next);
    }

    /// <summary>Ends the connected co-browse's current segment and starts the other kind (interact ↔ hold); the new segment's type.</summary>
    public static (Conversation Conversation, string SegmentType) AppendSegment(Conversation conversation, DateTimeOffset now)
    {
        var state = StateOf(conversation)
            ?? throw NotificationChangeException.Conflict($"Conversation {conversation.Id} has no co-browse.");
        if (state != CobrowseStates.Connected)
        {
            throw NotificationChangeException.Conflict($"The co-browse of conversation {conversation.Id} is {state}; a segment needs it connected.");
        }

        var first = conversation.Participants!.SelectMany(p => p.Cobrowsesessions ?? []).First();
        var next = first.Segments is [.., { Type: Hold }] ? Interact : Hold;
        var updated = MapCobrowse(conversation, s => s with
        {
            ProviderEventTime = now,
            Segments = [.. CloseOpenSegment(s.Segments, now, next, null), new Segment { StartTime = now, Type = next }],
        });
        return (updated, next);
    }

    private static Conversation MapCobrowse(Conversation conversation, Func<Cobrowsesession, Cobrowsesession> apply) =>
        conversation with
        {
            Participants = conversation.Participants?
                .Select(p => p.Cobrowsesessions is { Count: > 0 } sessions ? p with { Cobrowsesessions = [.. sessions.Select(apply)] } : p)
                .ToList(),
        };

    private static List<Segment> CloseOpenSegment(List<Segment>? segments, DateTimeOffset now, string howEnded, string? disconnectType)
    {
        List<Segment> copy = [.. segments ?? []];
        if (copy is [.., { EndTime: null } open])
        {
            copy[^1] = open with { EndTime = now, HowEnded = howEnded, DisconnectType = disconnectType };
        }

        return copy;
    }
}
