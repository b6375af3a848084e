namespace Gateway.DataLoading;

/// <summary>
/// Per request: the loaders holding keys not yet dispatched. The executor awaits the set-aside results of a level one
/// after another, so without this a level's second loader (users, after contacts) would only go upstream once the
/// first one's fetch had come back: a round trip per loader instead of per level. The first result awaited
/// dispatches every loader's pending batch at once, and their fetches run side by side.
/// </summary>
public sealed class DataLoaderDispatcher
{
    private readonly Lock _gate = new();
    private List<Func<CancellationToken, Task>>? _pending;

    /// <summary>Registers a batch that has just received its first key.</summary>
    public void Enqueue(Func<CancellationToken, Task> dispatch)
    {
        lock (_gate)
        {
            (_pending ??= []).Add(dispatch);
        }
    }

    /// <summary>Starts every registered batch's dispatch (a batch dispatched already returns at once); does not wait for them.</summary>
    public void DispatchAll(CancellationToken cancellationToken)
    {
        List<Func<CancellationToken, Task>>? pending;
        lock (_gate)
        {
            pending = _pending;
            _pending = null;
        }

        foreach (var dispatch in pending ?? [])
        {
            // Each dispatch reports its outcome through its batch's results (never by throwing), which its callers await.
            _ = dispatch(cancellationToken);
        }
    }
}
