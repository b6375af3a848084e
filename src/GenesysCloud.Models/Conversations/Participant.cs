namespace GenesysCloud.Models;

/// <summary>A participant of a conversation.</summary>
public sealed record Participant
{
    /// <summary>A globally unique identifier for this participant.</summary>
    public string? Id { get; init; }

    /// <summary>When this participant joined the conversation in the provider clock.</summary>
    public DateTimeOffset? StartTime { get; init; }

    /// <summary>When this participant disconnected from the conversation in the provider clock.</summary>
    public DateTimeOffset? EndTime { get; init; }

    /// <summary>When this participant was connected to the conversation in the provider clock.</summary>
    public DateTimeOffset? ConnectedTime { get; init; }

    /// <summary>A human readable name identifying the participant.</summary>
    public string? Name { get; init; }

    /// <summary>If this participant represents a user, a URI that can be used to fetch the user.</summary>
    public string? UserUri { get; init; }

    /// <summary>If this participant represents a user, the user's id.</summary>
    public string? UserId { get; init; }

    /// <summary>If this participant represents an external contact, the contact's id.</summary>
    public string? ExternalContactId { get; init; }

    /// <summary>If this participant represents an external org, the org's id.</summary>
    public string? ExternalOrganizationId { get; init; }

    /// <summary>If present, the queue id that the communication channel came in on.</summary>
    public string? QueueId { get; init; }

    /// <summary>If present, group of users the participant represents.</summary>
    public string? GroupId { get; init; }

    /// <summary>The team id that this participant is a member of when added to the conversation.</summary>
    public string? TeamId { get; init; }

    /// <summary>If present, the queue name that the communication channel came in on.</summary>
    public string? QueueName { get; init; }

    /// <summary>A well known string that specifies the purpose of this participant.</summary>
    public string? Purpose { get; init; }

    /// <summary>A well known string that specifies the type of this participant.</summary>
    public string? ParticipantType { get; init; }

    /// <summary>The participant being transferred, for a consult transfer.</summary>
    public string? ConsultParticipantId { get; init; }

    /// <summary>The address for this participant.</summary>
    public string? Address { get; init; }

    /// <summary>The ANI of this participant.</summary>
    public string? Ani { get; init; }

    /// <summary>The ani-based name for this participant.</summary>
    public string? AniName { get; init; }

    /// <summary>The DNIS of this participant.</summary>
    public string? Dnis { get; init; }

    /// <summary>An ISO 639 language code specifying the locale for this participant.</summary>
    public string? Locale { get; init; }

    /// <summary>True iff this participant is required to enter wrapup for this conversation.</summary>
    public bool? WrapupRequired { get; init; }

    /// <summary>How the UI prompts the agent for a wrapup.</summary>
    public string? WrapupPrompt { get; init; }

    /// <summary>How long a timed ACW session will last.</summary>
    public int? WrapupTimeoutMs { get; init; }

    /// <summary>Set when the agent chooses to skip entering a wrapup.</summary>
    public bool? WrapupSkipped { get; init; }

    /// <summary>Call wrap up or disposition data.</summary>
    public Wrapup? Wrapup { get; init; }

    /// <summary>Roles this participant's media has had on the conversation.</summary>
    public List<string>? MediaRoles { get; init; }

    /// <summary>How long the agent has to answer before being marked as not responding.</summary>
    public int? AlertingTimeoutMs { get; init; }

    /// <summary>Additional participant attributes.</summary>
    public Dictionary<string, string>? Attributes { get; init; }

    /// <summary>The participant's co-browse communications.</summary>
    public List<Cobrowsesession>? Cobrowsesessions { get; init; }

    /// <summary>The current screen recording state for this participant.</summary>
    public string? ScreenRecordingState { get; init; }

    /// <summary>The reason specifying why participant flagged the conversation.</summary>
    public string? FlaggedReason { get; init; }

    /// <summary>When this participant started after-call work.</summary>
    public DateTimeOffset? StartAcwTime { get; init; }

    /// <summary>When this participant ended after-call work.</summary>
    public DateTimeOffset? EndAcwTime { get; init; }
}
