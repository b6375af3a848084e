namespace GenesysCloud.Models;

/// <summary>The error of one item of a bulk request.</summary>
public sealed record BulkErrorEntity
{
    /// <summary>The error code.</summary>
    public string? Code { get; init; }

    /// <summary>The error message.</summary>
    public string? Message { get; init; }

    /// <summary>The HTTP status.</summary>
    public int? Status { get; init; }

    /// <summary>Whether retrying may succeed.</summary>
    public bool? Retryable { get; init; }
}
