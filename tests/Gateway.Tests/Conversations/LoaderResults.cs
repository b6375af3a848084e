using GraphQL.DataLoader;

namespace Gateway.Tests.Conversations;

/// <summary>Completes loader results the way the executor does for one level: every key is queued before the first is awaited.</summary>
internal static class LoaderResults
{
    /// <summary>Each result's value, or the error it failed with.</summary>
    public static async Task<List<(T? Value, Exception? Error)>> SettleAsync<T>(IEnumerable<IDataLoaderResult<T?>> pending)
    {
        var queued = pending.ToList();
        var settled = new List<(T?, Exception?)>(queued.Count);
        foreach (var result in queued)
        {
            try
            {
                settled.Add((await result.GetResultAsync(CancellationToken.None), null));
            }
            catch (Exception ex)
            {
                settled.Add((default, ex));
            }
        }

        return settled;
    }
}
