namespace GenesysCloud.Models;

/// <summary>The body of `POST /api/v2/externalcontacts/bulk/contacts`.</summary>
public sealed record BulkIdsRequest
{
    /// <summary>The ids to fetch.</summary>
    public required List<BulkIdEntity> Entities { get; init; }
}
