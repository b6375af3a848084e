namespace Gateway.Caching;

/// <summary>How an entity-cache entry changed before its TTL, for <see cref="IEntityChangeObserver"/>.</summary>
public enum EntityChange
{
    /// <summary>Evicted on every instance (an upstream event): copies must be gone everywhere before the call returns.</summary>
    Evicted,

    /// <summary>Evicted on this instance only: another instance evicted it everywhere and told this one with an event.</summary>
    EvictedHere,

    /// <summary>Replaced by a value a list endpoint returned: copies go everywhere, in the background.</summary>
    Replaced,
}
