using System.Net;
using Gateway.Upstream;

namespace Gateway.DataLoading;

/// <summary>
/// Fetches a batch one key at a time where the upstream has no bulk endpoint, at most
/// <see cref="GenesysOptions.MaxParallelRequests"/> calls at once (the rate budget below them paces the rate).
/// An unknown key is left unset (not found); any other failure fails only its own key.
/// </summary>
public static class BoundedByIdFetch
{
    public static Task FetchAsync<TKey, TValue>(
        IReadOnlyList<TKey> keys,
        BatchResults<TKey, TValue> results,
        int maxParallelRequests,
        Func<TKey, CancellationToken, Task<TValue?>> fetchOne,
        CancellationToken cancellationToken)
        where TKey : notnull
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
                // The client answers null for a 404; should one reach us as an exception, it still means "not found".
            }
            catch (Exception ex) when (!token.IsCancellationRequested)
            {
                results.SetError(key, ex);
            }
        });
    }
}
