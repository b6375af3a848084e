namespace GenesysCloud.Models;

/// <summary>One result of a bulk contact fetch.</summary>
public sealed record BulkContactResult
{
    /// <summary>The requested id.</summary>
    public required string Id { get; init; }

    /// <summary>Whether this id was fetched.</summary>
    public bool Success { get; init; }

    /// <summary>The HTTP status of this item.</summary>
    public int? Status { get; init; }

    /// <summary>The contact, when fetched.</summary>
    public ExternalContact? Entity { get; init; }

    /// <summary>The error, when not fetched.</summary>
    public BulkErrorEntity? Error { get; init; }
}
