using GenesysCloud.Models;

namespace Gateway.Conversations;

/// <summary>The co-browse sessions a conversation holds, flattened over its participants.</summary>
public static class CobrowseSessions
{
    /// <summary>Every participant's co-browse sessions, in participant order (empty when there are none).</summary>
    public static IReadOnlyList<Cobrowsesession> Of(Conversation conversation)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        var participants = conversation.Participants;
        if (participants is null)
        {
            return [];
        }

        // Counted first: one array of the right size, no iterator or list growth (this runs for every conversation).
        var count = 0;
        foreach (var participant in participants)
        {
            count += participant.Cobrowsesessions?.Count ?? 0;
        }

        if (count == 0)
        {
            return [];
        }

        var sessions = new Cobrowsesession[count];
        var next = 0;
        foreach (var participant in participants)
        {
            foreach (var session in participant.Cobrowsesessions ?? [])
            {
                sessions[next++] = session;
            }
        }

        return sessions;
    }
}
