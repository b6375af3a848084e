using GraphQL.DataLoader;

namespace Gateway.DataLoading;

/// <summary>A loader result that is already known (an empty key list, a value taken from the parent).</summary>
public sealed class CompletedDataLoaderResult<T>(T value) : IDataLoaderResult<T>
{
    public Task<T> GetResultAsync(CancellationToken cancellationToken = default) => Task.FromResult(value);

    Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => Task.FromResult<object?>(value);
}
