namespace Gateway.Caching;

/// <summary>
/// A by-id loader with the shared cache behind it. Platform ids are GUIDs, which the upstream matches in any case:
/// keys compare ignoring case and cache under the lower-case id, so <c>ABC…</c> and <c>abc…</c> are one entity.
/// </summary>
public abstract class CachedEntityDataLoader<TValue>(EntityCacheContext cache) : CachedDataLoader<string, TValue>(cache, StringComparer.OrdinalIgnoreCase)
    where TValue : class
{
    protected sealed override string CacheIdOf(string key) => key.ToLowerInvariant();
}
