namespace GenesysCloud.Models;

/// <summary>A named reference to another entity.</summary>
public sealed record DomainEntityRef
{
    /// <summary>The globally unique identifier for the object.</summary>
    public string? Id { get; init; }

    /// <summary>The entity name.</summary>
    public string? Name { get; init; }

    /// <summary>The URI for this object.</summary>
    public string? SelfUri { get; init; }
}
