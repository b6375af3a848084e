namespace Gateway.Transport.PersistedOperations;

/// <summary>Which requests the persisted-operation step accepts (<c>GraphQL:PersistedOperations:Mode</c>).</summary>
public enum PersistedOperationMode
{
    /// <summary>
    /// Automatic persisted queries (Apollo's APQ protocol): a client registers a query by its SHA-256 hash and later
    /// sends the hash alone; free-text queries and <c>documentId</c>s of a configured manifest are accepted too.
    /// </summary>
    Automatic,

    /// <summary>Only operations of the trusted manifest run (by <c>documentId</c> or APQ hash); any free-text query is refused.</summary>
    TrustedOnly,

    /// <summary>No persisted operations: a persisted-query request is answered <c>PERSISTED_QUERY_NOT_SUPPORTED</c>.</summary>
    Disabled,
}
