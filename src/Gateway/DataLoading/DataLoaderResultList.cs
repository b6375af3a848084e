using GraphQL.DataLoader;

namespace Gateway.DataLoading;

/// <summary>Awaits many pending results of one level together (e.g. every segment of a session's assignments).</summary>
public static class DataLoaderResultList
{
    /// <summary>One result for a list of keys: all are queued now, so they join the same batch.</summary>
    public static IDataLoaderResult<IReadOnlyList<T>> WhenAll<T>(IReadOnlyList<IDataLoaderResult<T>> results)
        => new CombinedResult<T>(results);

    private sealed class CombinedResult<T>(IReadOnlyList<IDataLoaderResult<T>> results) : IDataLoaderResult<IReadOnlyList<T>>
    {
        public async Task<IReadOnlyList<T>> GetResultAsync(CancellationToken cancellationToken = default)
        {
            var values = new T[results.Count];
            for (var i = 0; i < results.Count; i++)
            {
                values[i] = await results[i].GetResultAsync(cancellationToken).ConfigureAwait(false);
            }

            return values;
        }

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken)
            => await GetResultAsync(cancellationToken).ConfigureAwait(false);
    }
}
