namespace GenesysCloud.Models;

/// <summary>A participant of a co-browse conversation, in the flattened media-participant shape.</summary>
public sealed record CobrowseMediaParticipant
{
    /// <summary>The unique participant ID.</summary>
    public string? Id { get; init; }

    /// <summary>The display friendly name of the participant.</summary>
    public string? Name { get; init; }

    /// <summary>The participant address.</summary>
    public string? Address { get; init; }

    /// <summary>The time when this participant first joined the conversation.</summary>
    public DateTimeOffset? StartTime { get; init; }

    /// <summary>The time when this participant went connected for this media.</summary>
    public DateTimeOffset? ConnectedTime { get; init; }

    /// <summary>The time when this participant went disconnected for this media.</summary>
    public DateTimeOffset? EndTime { get; init; }

    /// <summary>The time when this participant's hold started.</summary>
    public DateTimeOffset? StartHoldTime { get; init; }

    /// <summary>The participant's purpose.</summary>
    public string? Purpose { get; init; }

    /// <summary>The participant's state.</summary>
    public string? State { get; init; }

    /// <summary>The participant's direction (inbound, outbound).</summary>
    public string? Direction { get; init; }

    /// <summary>The reason the participant was disconnected from the conversation.</summary>
    public string? DisconnectType { get; init; }

    /// <summary>Value is true when the participant is on hold.</summary>
    public bool? Held { get; init; }

    /// <summary>Value is true when the participant requires wrap-up.</summary>
    public bool? WrapupRequired { get; init; }

    /// <summary>The wrap-up prompt indicating the type of wrap-up to be performed.</summary>
    public string? WrapupPrompt { get; init; }

    /// <summary>The PureCloud user for this participant.</summary>
    public DomainEntityRef? User { get; init; }

    /// <summary>The PureCloud queue for this participant.</summary>
    public DomainEntityRef? Queue { get; init; }

    /// <summary>A list of ad-hoc attributes for the participant.</summary>
    public Dictionary<string, string>? Attributes { get; init; }

    /// <summary>The source provider for the communication.</summary>
    public string? Provider { get; init; }

    /// <summary>If this participant represents an external contact, then this will be the reference for the external contact.</summary>
    public DomainEntityRef? ExternalContact { get; init; }

    /// <summary>If this participant represents an external org, then this will be the reference for the external org.</summary>
    public DomainEntityRef? ExternalOrganization { get; init; }

    /// <summary>Wrapup for this participant, if it has been applied.</summary>
    public Wrapup? Wrapup { get; init; }

    /// <summary>The peer communication corresponding to a matching leg for this communication.</summary>
    public string? Peer { get; init; }

    /// <summary>The co-browse session ID.</summary>
    public string? CobrowseSessionId { get; init; }

    /// <summary>This value identifies the role of the co-browse client within the co-browse session (a client is a sharer or a viewer).</summary>
    public string? CobrowseRole { get; init; }

    /// <summary>ID of co-browse participants for which this client has been granted control.</summary>
    public List<string>? Controlling { get; init; }

    /// <summary>The URL that can be used to open co-browse session in web browser.</summary>
    public string? ViewerUrl { get; init; }

    /// <summary>The time when the provider event which triggered this conversation update happened in the corrected provider clock.</summary>
    public DateTimeOffset? ProviderEventTime { get; init; }
}
