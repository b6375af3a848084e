namespace GenesysCloud.Models;

/// <summary>One id of a bulk request.</summary>
public sealed record BulkIdEntity
{
    /// <summary>The id.</summary>
    public required string Id { get; init; }
}
