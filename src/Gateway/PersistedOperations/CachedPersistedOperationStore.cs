using Gateway.Caching;
using Gateway.Transport.PersistedOperations;
using Microsoft.Extensions.Options;
using ZiggyCreatures.Caching.Fusion;

namespace Gateway.PersistedOperations;

/// <summary>
/// Persisted operations for every instance: the trusted manifest (read once), then, in <c>Automatic</c> mode, the
/// queries clients registered, in the entity cache's FusionCache (memory, and Redis when configured, so an operation
/// registered on one instance is served by all). Keyed by hash under the cache key prefix only: a document is no
/// organization's data.
/// </summary>
public sealed class CachedPersistedOperationStore : IPersistedOperationStore
{
    private readonly IFusionCache _cache;
    private readonly PersistedOperationStoreOptions _options;
    private readonly PersistedOperationMode _mode;
    private readonly string _keyPrefix;
    private readonly Lazy<PersistedOperationManifest> _manifest;

    public CachedPersistedOperationStore(
        IFusionCache cache,
        IOptions<PersistedOperationStoreOptions> options,
        IOptions<PersistedOperationOptions> protocol,
        IOptions<CacheOptions> cacheOptions)
    {
        _cache = cache;
        _options = options.Value;
        _mode = protocol.Value.Mode;
        _keyPrefix = $"{cacheOptions.Value.KeyPrefix}:persisted-query:";
        // Checked at start by the options validation; read on first use.
        _manifest = new Lazy<PersistedOperationManifest>(() => _options.ResolveManifestPath() is { } path
            ? PersistedOperationManifest.Load(path)
            : PersistedOperationManifest.Empty);
    }

    public async ValueTask<string?> GetAsync(string id, CancellationToken cancellationToken)
    {
        if (_manifest.Value.Find(id) is { } trusted)
        {
            return trusted;
        }

        // Only the manifest's operations are trusted; registered queries exist in automatic mode alone.
        return _mode == PersistedOperationMode.Automatic && PersistedQueryExtension.IsSha256Hex(id)
            ? await _cache.GetOrDefaultAsync<string>(_keyPrefix + id, token: cancellationToken)
            : null;
    }

    public async ValueTask RegisterAsync(string sha256Hash, string query, CancellationToken cancellationToken)
        => await _cache.SetAsync(_keyPrefix + sha256Hash, query, entry =>
        {
            entry.Duration = _options.Ttl;
            entry.MemoryCacheDuration = _options.MemoryDuration < _options.Ttl ? _options.MemoryDuration : _options.Ttl;
            // A text never changes under its hash: nothing stale to serve, and the TTL is the bound.
            entry.IsFailSafeEnabled = false;
            // Written to Redis before the response goes out, so the client's next request finds it on any instance.
            entry.AllowBackgroundDistributedCacheOperations = false;
        }, token: cancellationToken);
}
