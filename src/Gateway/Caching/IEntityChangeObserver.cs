namespace Gateway.Caching;

/// <summary>
/// Told when the entity cache drops or replaces an entry before its TTL: an eviction (an upstream event), a group
/// eviction by tag, or a value a list endpoint returned. What holds copies of entities (the response cache) drops them.
/// </summary>
public interface IEntityChangeObserver
{
    /// <param name="dependency">The entry's cache key (<see cref="EntityCache.KeyFor"/>) or group tag (<see cref="EntityCache.TagFor"/>).</param>
    /// <param name="change">Evicted everywhere, here only, or replaced.</param>
    /// <param name="cancellationToken">Cancels the notification.</param>
    Task EntityChangedAsync(string dependency, EntityChange change, CancellationToken cancellationToken);
}
