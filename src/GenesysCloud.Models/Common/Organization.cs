namespace GenesysCloud.Models;

/// <summary>The organization the caller's credentials belong to (`GET /api/v2/organizations/me`).</summary>
public sealed record Organization
{
    /// <summary>The organization id.</summary>
    public required string Id { get; init; }

    /// <summary>The organization name.</summary>
    public string? Name { get; init; }

    /// <summary>The default language.</summary>
    public string? DefaultLanguage { get; init; }

    /// <summary>The organization short name.</summary>
    public string? Domain { get; init; }

    /// <summary>The version.</summary>
    public int? Version { get; init; }

    /// <summary>The organization state.</summary>
    public string? State { get; init; }

    /// <summary>The URI for this object.</summary>
    public string? SelfUri { get; init; }
}
