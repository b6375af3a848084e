namespace GenesysCloud.Models;

/// <summary>A queue connected to a session.</summary>
public sealed record ConnectedQueue
{
    /// <summary>The globally unique identifier for the object.</summary>
    public required string Id { get; init; }

    /// <summary>The URI for this object.</summary>
    public string? SelfUri { get; init; }
}
