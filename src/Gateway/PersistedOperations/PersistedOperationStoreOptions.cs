using System.ComponentModel.DataAnnotations;
using Gateway.Transport.PersistedOperations;

namespace Gateway.PersistedOperations;

/// <summary>The store's keys of the <c>GraphQL:PersistedOperations</c> section (<c>Mode</c> and <c>MaxDocumentLength</c> are the protocol's).</summary>
public sealed class PersistedOperationStoreOptions
{
    public const string SectionName = PersistedOperationOptions.SectionName;

    /// <summary>
    /// A JSON manifest of trusted operations: a map <c>{ "&lt;id&gt;": "&lt;query&gt;" }</c> or Apollo's persisted query
    /// manifest. Required in <c>TrustedOnly</c> mode; in <c>Automatic</c> mode its operations are known from the start.
    /// Relative to the application's directory unless absolute.
    /// </summary>
    public string? ManifestPath { get; set; }

    /// <summary>How long a registered query is kept in the shared cache (Redis when configured) since its last registration.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "365.00:00:00")]
    public TimeSpan Ttl { get; set; } = TimeSpan.FromHours(24);

    /// <summary>How long an instance keeps a registered query in its own memory (at most <see cref="Ttl"/>); past that it asks Redis again.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "365.00:00:00")]
    public TimeSpan MemoryDuration { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>The manifest's full path, or <see langword="null"/> when none is configured.</summary>
    public string? ResolveManifestPath()
        => string.IsNullOrWhiteSpace(ManifestPath) ? null : Path.GetFullPath(ManifestPath, AppContext.BaseDirectory);
}
