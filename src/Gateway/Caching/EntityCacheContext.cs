namespace Gateway.Caching;

/// <summary>What a cached loader needs, in one scoped service: the shared cache and this request's fail-safe record.</summary>
public sealed class EntityCacheContext(EntityCache cache, StaleEntityCollector stale)
{
    public EntityCache Cache { get; } = cache;

    public StaleEntityCollector Stale { get; } = stale;
}
