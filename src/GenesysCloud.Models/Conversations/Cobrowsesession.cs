namespace GenesysCloud.Models;

/// <summary>A participant's co-browse communication (SDK model `Cobrowsesession`).</summary>
public sealed record Cobrowsesession
{
    /// <summary>The connection state of this communication.</summary>
    public string? State { get; init; }

    /// <summary>The initial connection state of this communication.</summary>
    public string? InitialState { get; init; }

    /// <summary>A globally unique identifier for this communication.</summary>
    public string? Id { get; init; }

    /// <summary>System defined string indicating what caused the communication to disconnect. Will be null until the communication disconnects.</summary>
    public string? DisconnectType { get; init; }

    /// <summary>Address and name data for a call endpoint.</summary>
    public Address? Self { get; init; }

    /// <summary>The co-browse session ID.</summary>
    public string? CobrowseSessionId { get; init; }

    /// <summary>This value identifies the role of the co-browse client within the co-browse session (a client is a sharer or a viewer).</summary>
    public string? CobrowseRole { get; init; }

    /// <summary>ID of co-browse participants for which this client has been granted control (list is empty if this client cannot control any shared pages).</summary>
    public List<string>? Controlling { get; init; }

    /// <summary>The URL that can be used to open co-browse session in web browser.</summary>
    public string? ViewerUrl { get; init; }

    /// <summary>The time when the provider event which triggered this conversation update happened in the corrected provider clock.</summary>
    public DateTimeOffset? ProviderEventTime { get; init; }

    /// <summary>The timestamp the communication has when it is first put into an alerting state.</summary>
    public DateTimeOffset? StartAlertingTime { get; init; }

    /// <summary>The timestamp when this communication was connected in the cloud clock.</summary>
    public DateTimeOffset? ConnectedTime { get; init; }

    /// <summary>The timestamp when this communication disconnected from the conversation in the provider clock.</summary>
    public DateTimeOffset? DisconnectedTime { get; init; }

    /// <summary>The source provider for the co-browse session.</summary>
    public string? Provider { get; init; }

    /// <summary>The id of the peer communication corresponding to a matching leg for this communication.</summary>
    public string? PeerId { get; init; }

    /// <summary>The time line of the participant's call, divided into activity segments.</summary>
    public List<Segment>? Segments { get; init; }

    /// <summary>Call wrap up or disposition data.</summary>
    public Wrapup? Wrapup { get; init; }

    /// <summary>Indicates if after-call work is required for a communication.</summary>
    public bool? AfterCallWorkRequired { get; init; }
}
