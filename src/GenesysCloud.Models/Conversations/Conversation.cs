namespace GenesysCloud.Models;

/// <summary>A live conversation (`GET /api/v2/conversations/{conversationId}`).</summary>
public sealed record Conversation
{
    /// <summary>The globally unique identifier for the object.</summary>
    public required string Id { get; init; }

    /// <summary>The conversation name.</summary>
    public string? Name { get; init; }

    /// <summary>The external tag associated with the conversation.</summary>
    public string? ExternalTag { get; init; }

    /// <summary>The time when the conversation started.</summary>
    public DateTimeOffset? StartTime { get; init; }

    /// <summary>The time when the conversation ended, or null while it is active.</summary>
    public DateTimeOffset? EndTime { get; init; }

    /// <summary>The address of the conversation as seen from an external participant.</summary>
    public string? Address { get; init; }

    /// <summary>The list of all participants in the conversation.</summary>
    public List<Participant>? Participants { get; init; }

    /// <summary>Conversations to merge into this one to create a conference.</summary>
    public List<string>? ConversationIds { get; init; }

    /// <summary>The maximum number of participants of a conference.</summary>
    public int? MaxParticipants { get; init; }

    /// <summary>The recording state (ACTIVE, PAUSED, NONE).</summary>
    public string? RecordingState { get; init; }

    /// <summary>The conversation's state.</summary>
    public string? State { get; init; }

    /// <summary>Identifiers of divisions associated with this conversation.</summary>
    public List<ConversationDivisionMembership>? Divisions { get; init; }

    /// <summary>True when the recording of this conversation is in secure pause status.</summary>
    public bool? SecurePause { get; init; }

    /// <summary>An optional label that categorizes the conversation.</summary>
    public string? UtilizationLabelId { get; init; }

    /// <summary>The URI for this object.</summary>
    public string? SelfUri { get; init; }
}
