namespace Gateway.Transport.PersistedOperations;

/// <summary>Where persisted operations live: registered APQ queries and, where the host has one, a trusted manifest.</summary>
public interface IPersistedOperationStore
{
    /// <summary>The query text persisted under <paramref name="id"/> (a lowercase SHA-256 hex hash, or a manifest's own id), or <see langword="null"/>.</summary>
    ValueTask<string?> GetAsync(string id, CancellationToken cancellationToken);

    /// <summary>Keeps <paramref name="query"/> under its <paramref name="sha256Hash"/> (already checked to match).</summary>
    ValueTask RegisterAsync(string sha256Hash, string query, CancellationToken cancellationToken);
}
