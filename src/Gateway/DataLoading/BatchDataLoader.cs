using System.Diagnostics;
using Gateway.Common.Errors;
using Gateway.Telemetry;
using GraphQL.DataLoader;

namespace Gateway.DataLoading;

/// <summary>
/// A per-request loader that batches and de-duplicates keys. <see cref="LoadAsync"/> only queues a key; the
/// executor sets the returned <see cref="IDataLoaderResult{T}"/> aside until no ordinary field is left at the
/// current level, so the first <c>GetResultAsync</c> dispatches every key queued by the whole level at once.
/// A key asked for twice in one request is fetched once; an entity nobody found resolves to <c>null</c>. With a
/// <see cref="DataLoaderDispatcher"/>, that first <c>GetResultAsync</c> dispatches every other loader's pending keys too.
/// Register subclasses as scoped services.
/// </summary>
public abstract class BatchDataLoader<TKey, TValue>
    where TKey : notnull
    where TValue : class
{
    private readonly Lock _gate = new();
    private readonly Dictionary<TKey, (PendingBatch? Batch, Task<TValue?> Result)> _results;
    private readonly DataLoaderDispatcher? _dispatcher;
    private PendingBatch _pending;

    protected BatchDataLoader(IEqualityComparer<TKey>? keyComparer = null, DataLoaderDispatcher? dispatcher = null)
    {
        KeyComparer = keyComparer ?? EqualityComparer<TKey>.Default;
        _dispatcher = dispatcher;
        _results = new Dictionary<TKey, (PendingBatch?, Task<TValue?>)>(KeyComparer);
        _pending = new PendingBatch(KeyComparer);
    }

    /// <summary>Compares keys; ids are compared ordinally.</summary>
    protected IEqualityComparer<TKey> KeyComparer { get; }

    /// <summary>How many batches this loader has dispatched in this request (for tests and diagnostics).</summary>
    public int DispatchCount { get; private set; }

    /// <summary>Queues <paramref name="key"/> and returns a result the executor resolves with the batch.</summary>
    public IDataLoaderResult<TValue?> LoadAsync(TKey key)
    {
        lock (_gate)
        {
            if (!_results.TryGetValue(key, out var entry))
            {
                var batch = _pending;
                if (batch.Keys.Count == 0)
                {
                    _dispatcher?.Enqueue(cancellationToken => DispatchAsync(batch, cancellationToken));
                }

                entry = (batch, batch.Add(key));
                _results[key] = entry;
            }

            return new PendingDataLoaderResult(this, entry.Batch, entry.Result);
        }
    }

    /// <summary>Records an entity fetched by another call (a list endpoint) so a later lookup costs nothing.</summary>
    public void Prime(TKey key, TValue value)
    {
        lock (_gate)
        {
            if (!_results.TryGetValue(key, out var known) || known.Result.IsFaulted)
            {
                _results[key] = (null, Task.FromResult<TValue?>(value));
            }
        }
    }

    /// <summary>
    /// Fetches one batch of distinct keys. Report each entity found with <see cref="BatchResults{TKey,TValue}.SetValue"/>
    /// and a per-key failure with <see cref="BatchResults{TKey,TValue}.SetError"/>; a key left unset was not found.
    /// Throwing fails every key of the batch.
    /// </summary>
    protected abstract Task FetchAsync(IReadOnlyList<TKey> keys, BatchResults<TKey, TValue> results, CancellationToken cancellationToken);

    private async Task DispatchAsync(PendingBatch batch, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (batch.Dispatched)
            {
                return;
            }

            batch.Dispatched = true;
            _pending = new PendingBatch(KeyComparer);
            DispatchCount++;
        }

        var results = new BatchResults<TKey, TValue>(KeyComparer);
        // A child of the operation's span; the upstream calls the fetch makes are children of this one.
        using var activity = GatewayActivitySource.Source.StartActivity("dataloader.batch");
        if (activity is not null)
        {
            var loader = GetType().Name;
            activity.DisplayName = $"dataloader.batch {loader}";
            activity.SetTag(GatewayActivitySource.LoaderTag, loader);
            activity.SetTag(GatewayActivitySource.KeysTag, batch.Keys.Count);
        }

        try
        {
            await FetchAsync(batch.Keys, results, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            activity?.SetStatus(ActivityStatusCode.Error, ex.GetType().Name);
            batch.FailAll(ex);
            return;
        }

        batch.Complete(results);
    }

    /// <summary>The keys queued since the last dispatch, each with the completion its callers await.</summary>
    private sealed class PendingBatch(IEqualityComparer<TKey> comparer)
    {
        private readonly Dictionary<TKey, TaskCompletionSource<TValue?>> _completions = new(comparer);
        private readonly List<TKey> _keys = [];

        public bool Dispatched { get; set; }

        public IReadOnlyList<TKey> Keys => _keys;

        public Task<TValue?> Add(TKey key)
        {
            var completion = new TaskCompletionSource<TValue?>(TaskCreationOptions.RunContinuationsAsynchronously);
            _completions.Add(key, completion);
            _keys.Add(key);
            return completion.Task;
        }

        public void Complete(BatchResults<TKey, TValue> results)
        {
            foreach (var (key, completion) in _completions)
            {
                if (results.TryGetError(key, out var error))
                {
                    completion.TrySetException(error);
                }
                else
                {
                    completion.TrySetResult(results.GetValueOrDefault(key));
                }
            }
        }

        public void FailAll(Exception error)
        {
            foreach (var completion in _completions.Values)
            {
                completion.TrySetException(error);
            }
        }
    }

    private sealed class PendingDataLoaderResult(BatchDataLoader<TKey, TValue> loader, PendingBatch? batch, Task<TValue?> result)
        : IDataLoaderResult<TValue?>
    {
        public async Task<TValue?> GetResultAsync(CancellationToken cancellationToken = default)
        {
            if (batch is not null && !result.IsCompleted)
            {
                // The other loaders' keys of this level go out now too, beside this one's.
                loader._dispatcher?.DispatchAll(cancellationToken);
                await loader.DispatchAsync(batch, cancellationToken).ConfigureAwait(false);
            }

            try
            {
                return await result.WaitAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
            {
                // Every field gets its own error instance: the executor writes the field's path into it. A cancellation
                // that is not this request's own (a timeout somewhere below) is a failure of the field like any other.
                throw GatewayErrors.ToExecutionError(ex);
            }
        }

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken)
            => await GetResultAsync(cancellationToken).ConfigureAwait(false);
    }
}
