using System.Net;
using Gateway.DataLoading;
using Gateway.Upstream;

namespace Gateway.DataLoading;

/// <summary>
/// Fetches a batch one id at a time where the upstream has no bulk endpoint, at most
/// <see cref="GenesysOptions.MaxParallelRequests"/> calls at once so one batch cannot spend the rate budget.
/// </summary>
public static class BoundedByIdFetch
{
    public static Task FetchAsync<TValue>(
        IReadOnlyList<string> keys,
        BatchResults<string, TValue> results,
        int maxParallelRequests,
        Func<string, CancellationToken, Task<TValue?>> fetchOne,
        CancellationToken cancellationToken)
        where TValue : class
    {
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = maxParallelRequests, CancellationToken = cancellationToken };
        return Parallel.ForEachAsync(keys, parallel, async (key, token) =>
        {
            try
            {
                if (await fetchOne(key, token).ConfigureAwait(false) is { } value)
                {
                    results.SetValue(key, value);
                }
            }
            catch (GenesysApiException ex) when (ex.StatusCode == HttpStatusCode.NotFound)
            {
                // The client answers null for 404; should one slip through, it still means "not found".
            }
            catch (Exception ex) when (!token.IsCancellationRequested)
            {
                // One failed id must not fail its neighbours in the batch.
                results.SetError(key, ex);
            }
        });
    }
}
