using System.ComponentModel.DataAnnotations;

namespace Gateway.Execution;

/// <summary>The <c>GraphQL:DocumentCache</c> section: how many parsed query documents the process keeps.</summary>
public sealed class ParsedDocumentCacheOptions
{
    public const string SectionName = "GraphQL:DocumentCache";

    /// <summary>Documents kept (least recently used go first); 0 turns the cache off.</summary>
    [Range(0, 1_000_000)]
    public int MaxDocuments { get; set; } = 1000;

    /// <summary>Longest query text cached, in characters: a one-off huge query is parsed, not kept.</summary>
    [Range(0, 10_000_000)]
    public int MaxQueryLength { get; set; } = 64 * 1024;
}
