namespace Gateway.Caching;

/// <summary>What the cache stores for one id: the entity, or <c>null</c> for an id the upstream did not know (negative caching).</summary>
public sealed record CachedEntity<T>(T? Value)
    where T : class;
