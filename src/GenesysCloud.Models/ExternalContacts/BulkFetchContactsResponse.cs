namespace GenesysCloud.Models;

/// <summary>The answer of a bulk contact fetch, one result per requested id.</summary>
public sealed record BulkFetchContactsResponse
{
    /// <summary>One result per requested id.</summary>
    public List<BulkContactResult>? Results { get; init; }

    /// <summary>How many results failed.</summary>
    public int? ErrorCount { get; init; }

    /// <summary>The indexes of the failed results.</summary>
    public List<int>? ErrorIndexes { get; init; }
}
