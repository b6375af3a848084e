using Gateway.DataLoading;

namespace Gateway.Caching;

/// <summary>
/// What a cached loader needs, in one scoped service: the shared cache, this request's record of what it read, and the
/// request's dispatcher that sends every loader's pending keys out together.
/// </summary>
public sealed class EntityCacheContext(EntityCache cache, EntityReadLog reads, DataLoaderDispatcher dispatcher)
{
    public DataLoaderDispatcher Dispatcher { get; } = dispatcher;

    public EntityCache Cache { get; } = cache;

    public EntityReadLog Reads { get; } = reads;
}
