namespace GenesysCloud.Simulator;

/// <summary>
/// What a change did: its <see cref="Kind"/> (<c>cobrowse-transition</c>, <c>segment</c>, <c>session-update</c>,
/// <c>session</c>), the entity it changed and its new state, the <c>CorrelationId</c> its events carry, the topics
/// they went to and how many sockets received one.
/// </summary>
public sealed record NotificationChange
{
    public const string CobrowseTransitionKind = "cobrowse-transition";
    public const string SegmentKind = "segment";
    public const string SessionUpdateKind = "session-update";
    public const string NewSessionKind = "session";
    public const string ContactUpdateKind = "contact-update";

    public required string Kind { get; init; }
    public required string OrganizationId { get; init; }
    public required string CorrelationId { get; init; }
    public required IReadOnlyList<string> Topics { get; init; }

    /// <summary>Events handed to sockets (one per subscribed channel and topic).</summary>
    public int Deliveries { get; init; }

    public string? ConversationId { get; init; }
    public string? CobrowseSessionId { get; init; }

    /// <summary>The co-browse's state after the change (alerting, connected, disconnected).</summary>
    public string? State { get; init; }

    /// <summary>The type of the segment a <c>segment</c> change started (interact, hold).</summary>
    public string? SegmentType { get; init; }

    public string? SessionId { get; init; }
    public string? ExternalContactId { get; init; }
    public int? EventCount { get; init; }
    public bool? Ended { get; init; }
}
