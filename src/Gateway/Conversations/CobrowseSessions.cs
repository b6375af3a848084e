using GenesysCloud.Models;

namespace Gateway.Conversations;

/// <summary>The co-browse sessions a conversation holds, flattened over its participants.</summary>
public static class CobrowseSessions
{
    /// <summary>Every participant's co-browse sessions, in participant order (empty when there are none).</summary>
    public static IReadOnlyList<Cobrowsesession> Of(Conversation conversation)
        => conversation.Participants?
            .SelectMany(participant => participant.Cobrowsesessions ?? [])
            .ToList() ?? [];
}
