namespace Gateway.ResponseCaching;

/// <summary>What became of a response executed after a response-cache miss.</summary>
public enum ResponseStoreOutcome
{
    /// <summary>Kept.</summary>
    Stored,

    /// <summary>
    /// It carried errors (an upstream failure may pass; a later request must try again), or it never executed (refused
    /// by validation, variables or a limit) and so has no data to keep.
    /// </summary>
    Errors,

    /// <summary>It held an entity served past its TTL (fail-safe): the entity cache would not serve it as fresh.</summary>
    Stale,

    /// <summary>An entity it holds was evicted while it executed: it may hold the old value.</summary>
    Invalidated,

    /// <summary>Its freshness had already ended, or a kind it holds is never kept (<c>ResponseCache:Durations</c>).</summary>
    Expired,

    /// <summary>Larger than <c>ResponseCache:MaxResponseBytes</c>.</summary>
    TooLarge,
}
