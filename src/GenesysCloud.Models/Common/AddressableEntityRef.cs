namespace GenesysCloud.Models;

/// <summary>A reference to another entity by id: `{ "id", "selfUri" }`.</summary>
public sealed record AddressableEntityRef
{
    /// <summary>The globally unique identifier for the object.</summary>
    public required string Id { get; init; }

    /// <summary>The URI for this object.</summary>
    public string? SelfUri { get; init; }
}
