namespace Gateway.Caching;

/// <summary>What a cached loader needs, in one scoped service: the shared cache and this request's record of what it read.</summary>
public sealed class EntityCacheContext(EntityCache cache, EntityReadLog reads)
{
    public EntityCache Cache { get; } = cache;

    public EntityReadLog Reads { get; } = reads;
}
