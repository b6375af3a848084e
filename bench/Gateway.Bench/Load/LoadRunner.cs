using System.Buffers;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using Gateway.Bench.Workload;

namespace Gateway.Bench.Load;

/// <summary>
/// Closed-loop load: a fixed number of workers each post the next query of the list as soon as their last one
/// answered, until the list is done or the time limit passes (queries in flight then still finish).
/// </summary>
internal static class LoadRunner
{
    private static readonly MediaTypeHeaderValue Json = new("application/json");
    private static readonly MediaTypeWithQualityHeaderValue GraphQLResponse = new("application/graphql-response+json");

    public static async Task<LoadMeasurement> RunAsync(
        HttpClient client,
        Uri endpoint,
        IReadOnlyList<GraphQLRequestBody> requests,
        int concurrency,
        TimeSpan timeLimit,
        CancellationToken cancellationToken,
        ResponseCapture? capture = null)
    {
        var latencies = new double[requests.Count];
        var completed = new bool[requests.Count];
        var errorsByKind = new ConcurrentDictionary<string, int>(StringComparer.Ordinal);
        var next = -1;
        var errors = 0;
        using var limit = new CancellationTokenSource(timeLimit);
        var started = Stopwatch.GetTimestamp();

        async Task WorkAsync()
        {
            int index;
            while (!limit.IsCancellationRequested && (index = Interlocked.Increment(ref next)) < requests.Count)
            {
                var request = requests[index];
                var sent = Stopwatch.GetTimestamp();
                var failure = await SendAsync(client, endpoint, request, index, capture, cancellationToken).ConfigureAwait(false);
                latencies[index] = Stopwatch.GetElapsedTime(sent).TotalMilliseconds;
                completed[index] = true;
                if (failure is not null)
                {
                    Interlocked.Increment(ref errors);
                    errorsByKind.AddOrUpdate($"{request.Operation}: {failure}", 1, (_, n) => n + 1);
                }
            }
        }

        await Task.WhenAll(Enumerable.Range(0, Math.Min(concurrency, requests.Count)).Select(_ => WorkAsync())).ConfigureAwait(false);
        var elapsed = Stopwatch.GetElapsedTime(started);

        var measured = latencies.Where((_, i) => completed[i]).Order().ToArray();
        var byOperation = requests
            .Select((request, i) => (request.Operation, Index: i))
            .Where(r => completed[r.Index])
            .GroupBy(r => r.Operation, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(r => latencies[r.Index]).Order().ToArray(), StringComparer.Ordinal);
        return new LoadMeasurement(measured.Length, elapsed, measured, byOperation, errors, errorsByKind, measured.Length < requests.Count);
    }

    /// <summary>Posts one query; null when it succeeded, else what went wrong.</summary>
    private static async Task<string?> SendAsync(
        HttpClient client, Uri endpoint, GraphQLRequestBody request, int index, ResponseCapture? capture, CancellationToken cancellationToken)
    {
        using var message = new HttpRequestMessage(HttpMethod.Post, endpoint)
        {
            Content = new ByteArrayContent(request.Json) { Headers = { ContentType = Json } },
        };
        message.Headers.Accept.Add(GraphQLResponse);
        try
        {
            using var response = await client.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
            var (buffer, length) = await ReadPooledAsync(response.Content, cancellationToken).ConfigureAwait(false);
            try
            {
                var error = GraphQLResponseInspector.FindError(buffer.AsSpan(0, length));
                capture?.Record(index, buffer.AsSpan(0, length).ToArray(), response.Content.Headers.ContentType?.ToString());
                return response.StatusCode == HttpStatusCode.OK ? error : $"HTTP {(int)response.StatusCode}, {error ?? "no GraphQL error"}";
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(buffer);
            }
        }
        catch (HttpRequestException ex)
        {
            return $"transport: {ex.HttpRequestError}";
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return "timed out";
        }
    }

    // The body into a pooled buffer: a fresh array per answer (77 KB for 10 contacts, in a buffer grown past the large
    // object heap's threshold) made the runner's own collections part of every server's p99, the ceiling's included.
    private static async Task<(byte[] Buffer, int Length)> ReadPooledAsync(HttpContent content, CancellationToken cancellationToken)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(16 * 1024);
        var length = 0;
        try
        {
            var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            await using (stream.ConfigureAwait(false))
            {
                int read;
                while ((read = await stream.ReadAsync(buffer.AsMemory(length), cancellationToken).ConfigureAwait(false)) > 0)
                {
                    length += read;
                    if (length == buffer.Length)
                    {
                        var larger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
                        buffer.AsSpan(0, length).CopyTo(larger);
                        ArrayPool<byte>.Shared.Return(buffer);
                        buffer = larger;
                    }
                }
            }

            return (buffer, length);
        }
        catch
        {
            ArrayPool<byte>.Shared.Return(buffer);
            throw;
        }
    }
}
