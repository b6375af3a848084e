namespace Gateway.Caching;

/// <summary>A by-id loader with the shared cache behind it: the id is the key and the cache id.</summary>
public abstract class CachedEntityDataLoader<TValue>(EntityCacheContext cache) : CachedDataLoader<string, TValue>(cache, StringComparer.Ordinal)
    where TValue : class
{
    protected sealed override string CacheIdOf(string key) => key;
}
