using Microsoft.Extensions.Caching.Memory;

namespace Gateway.Transport.PersistedOperations;

/// <summary>
/// The store used when the host registers none: this process's memory, bounded in count (least recently used go
/// first). A host with several instances registers a shared store instead.
/// </summary>
public sealed class InMemoryPersistedOperationStore : IPersistedOperationStore, IDisposable
{
    private readonly MemoryCache _operations;

    /// <summary>Creates the store.</summary>
    /// <param name="maxOperations">Operations kept.</param>
    public InMemoryPersistedOperationStore(int maxOperations = 10_000)
    {
        _operations = new MemoryCache(new MemoryCacheOptions { SizeLimit = Math.Max(1, maxOperations) });
    }

    /// <inheritdoc />
    public ValueTask<string?> GetAsync(string id, CancellationToken cancellationToken)
        => ValueTask.FromResult(_operations.TryGetValue(id, out string? query) ? query : null);

    /// <inheritdoc />
    public ValueTask RegisterAsync(string sha256Hash, string query, CancellationToken cancellationToken)
    {
        _operations.Set(sha256Hash, query, new MemoryCacheEntryOptions { Size = 1 });
        return ValueTask.CompletedTask;
    }

    /// <inheritdoc />
    public void Dispose() => _operations.Dispose();
}
