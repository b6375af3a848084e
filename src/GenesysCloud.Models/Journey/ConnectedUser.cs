namespace GenesysCloud.Models;

/// <summary>A user connected to a session.</summary>
public sealed record ConnectedUser
{
    /// <summary>The globally unique identifier for the object.</summary>
    public required string Id { get; init; }

    /// <summary>The URI for this object.</summary>
    public string? SelfUri { get; init; }
}
