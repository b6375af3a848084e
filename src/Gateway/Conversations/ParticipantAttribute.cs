namespace Gateway.Conversations;

/// <summary>One ad-hoc participant attribute: the platform sends them as a JSON object, GraphQL lists them.</summary>
public sealed record ParticipantAttribute(string Key, string? Value)
{
    /// <summary>The attributes of a participant as a list ordered by key (ordinal), so answers are stable.</summary>
    public static IReadOnlyList<ParticipantAttribute>? From(IReadOnlyDictionary<string, string>? attributes)
        => attributes?
            .OrderBy(pair => pair.Key, StringComparer.Ordinal)
            .Select(pair => new ParticipantAttribute(pair.Key, pair.Value))
            .ToList();
}
