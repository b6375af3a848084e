namespace GenesysCloud.Models;

/// <summary>A user of the organization (`GET /api/v2/users/{userId}`).</summary>
public sealed record User
{
    /// <summary>The globally unique identifier for the object.</summary>
    public required string Id { get; init; }

    /// <summary>The user's name.</summary>
    public string? Name { get; init; }

    /// <summary>The division the user belongs to.</summary>
    public DomainEntityRef? Division { get; init; }

    /// <summary>The user's department.</summary>
    public string? Department { get; init; }

    /// <summary>The user's email.</summary>
    public string? Email { get; init; }

    /// <summary>The state of the user (active, inactive, deleted).</summary>
    public string? State { get; init; }

    /// <summary>The user's title.</summary>
    public string? Title { get; init; }

    /// <summary>The user's username.</summary>
    public string? Username { get; init; }

    /// <summary>The user's manager.</summary>
    public DomainEntityRef? Manager { get; init; }

    /// <summary>Required when updating a user; increments on change.</summary>
    public int? Version { get; init; }

    /// <summary>The URI for this object.</summary>
    public string? SelfUri { get; init; }
}
