namespace Gateway.Caching;

/// <summary>
/// What the cache stores for one key: the value, or <c>null</c> for a key the upstream did not know (negative
/// caching), with when it was fetched and until when it counts as fresh. The times travel with the value, so every
/// reader on every instance can tell a fail-safe (stale) value from a fresh one.
/// </summary>
public sealed record CachedEntity<T>(T? Value, DateTimeOffset FetchedAt, DateTimeOffset FreshUntil)
    where T : class
{
    public bool IsStale(DateTimeOffset now) => now > FreshUntil;
}
