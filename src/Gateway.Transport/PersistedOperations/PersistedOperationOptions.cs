using System.ComponentModel.DataAnnotations;

namespace Gateway.Transport.PersistedOperations;

/// <summary>The <c>GraphQL:PersistedOperations</c> section as the protocol step reads it (the store has its own keys there).</summary>
public sealed class PersistedOperationOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "GraphQL:PersistedOperations";

    /// <summary>Which requests are accepted; <see cref="PersistedOperationMode.Automatic"/> by default.</summary>
    public PersistedOperationMode Mode { get; set; } = PersistedOperationMode.Automatic;

    /// <summary>Longest query text registered, in characters: a longer one still runs, but is not kept.</summary>
    [Range(1, 10_000_000)]
    public int MaxDocumentLength { get; set; } = 64 * 1024;
}
