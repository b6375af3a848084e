using GraphQL.DataLoader;

namespace Gateway.DataLoading;

/// <summary>Continuations on a pending loader result that keep it pending, so batching is not broken.</summary>
public static class DataLoaderResultExtensions
{
    /// <summary>Maps the loaded value once the batch has run; the mapping may itself return another loader result.</summary>
    public static IDataLoaderResult<TResult> Then<T, TResult>(this IDataLoaderResult<T> source, Func<T, TResult> map)
        => new MappedDataLoaderResult<T, TResult>(source, map);

    private sealed class MappedDataLoaderResult<T, TResult>(IDataLoaderResult<T> source, Func<T, TResult> map) : IDataLoaderResult<TResult>
    {
        public async Task<TResult> GetResultAsync(CancellationToken cancellationToken = default)
            => map(await source.GetResultAsync(cancellationToken).ConfigureAwait(false));

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken)
            => await GetResultAsync(cancellationToken).ConfigureAwait(false);
    }
}
