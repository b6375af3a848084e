namespace Gateway.DataLoading;

/// <summary>What one batch fetch found: a value or an error per key; a key with neither was not found.</summary>
public sealed class BatchResults<TKey, TValue>(IEqualityComparer<TKey> comparer)
    where TKey : notnull
    where TValue : class
{
    private readonly Dictionary<TKey, TValue> _values = new(comparer);
    private readonly Dictionary<TKey, Exception> _errors = new(comparer);
    private readonly Lock _gate = new();

    /// <summary>Records the entity found for <paramref name="key"/>. Safe to call from parallel fetches.</summary>
    public void SetValue(TKey key, TValue value)
    {
        lock (_gate)
        {
            _values[key] = value;
        }
    }

    /// <summary>Records that <paramref name="key"/> failed; the other keys of the batch are unaffected.</summary>
    public void SetError(TKey key, Exception error)
    {
        lock (_gate)
        {
            _errors[key] = error;
        }
    }

    internal TValue? GetValueOrDefault(TKey key) => _values.GetValueOrDefault(key);

    internal bool TryGetError(TKey key, out Exception error) => _errors.TryGetValue(key, out error!);
}
