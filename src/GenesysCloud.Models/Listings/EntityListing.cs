namespace GenesysCloud.Models;

/// <summary>A page-numbered listing (`UserEntityListing`, `QueueEntityListing`, ...).</summary>
public sealed record EntityListing<T>
{
    /// <summary>The entities of this page.</summary>
    public List<T>? Entities { get; init; }

    /// <summary>The page size.</summary>
    public int? PageSize { get; init; }

    /// <summary>The page number, from 1.</summary>
    public int? PageNumber { get; init; }

    /// <summary>The total number of entities.</summary>
    public long? Total { get; init; }

    /// <summary>The number of pages.</summary>
    public int? PageCount { get; init; }

    /// <summary>The URI of the first page.</summary>
    public string? FirstUri { get; init; }

    /// <summary>The URI of the next page.</summary>
    public string? NextUri { get; init; }

    /// <summary>The URI of the previous page.</summary>
    public string? PreviousUri { get; init; }

    /// <summary>The URI of the last page.</summary>
    public string? LastUri { get; init; }

    /// <summary>The URI of this page.</summary>
    public string? SelfUri { get; init; }
}
