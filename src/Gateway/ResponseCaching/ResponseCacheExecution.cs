using Gateway.Caching;
using Gateway.Execution;
using GraphQL;
using GraphQL.DI;
using GraphQLParser.AST;

namespace Gateway.ResponseCaching;

/// <summary>
/// The response cache in the execution pipeline, on every transport: a query found fresh in <see cref="ResponseCache"/>
/// is answered with its kept <c>data</c> and no execution at all (<c>extensions.responseCache.hit</c>); otherwise it runs,
/// and a result without errors is serialized once, kept, and answered from those same bytes. Mutations, subscriptions
/// and documents that do not parse are not touched.
/// </summary>
public sealed class ResponseCacheExecution(ResponseCache cache, ResponseCacheMetrics metrics, IGraphQLSerializer serializer, TimeProvider time) : IConfigureExecution
{
    // `{"data":` … `}`: the envelope the serializer writes around a result that has data alone.
    private static readonly byte[] DataEnvelopeStart = "{\"data\":"u8.ToArray();

    // After the parsed-document cache (0) and pass-through (0.5, which names the caller's tenant); before the limits
    // (1 to 3): a kept response passed them when it ran, and the same operation with the same variables would again.
    public float SortOrder => 0.75f;

    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(next);
        if (!cache.IsEnabled
            || options.Query is null
            || QueryOperation(options.Document, options.OperationName) is not { } operation
            || options.RequestServices?.GetService<EntityReadLog>() is not { } reads)
        {
            return await next(options).ConfigureAwait(false);
        }

        var cancellationToken = options.CancellationToken;
        var key = await cache.KeyForAsync(options, cancellationToken).ConfigureAwait(false);
        if (key is null)
        {
            return await next(options).ConfigureAwait(false);
        }

        if (await cache.TryGetAsync(key, cancellationToken).ConfigureAwait(false) is { } hit)
        {
            metrics.Hit();
            return new ExecutionResult
            {
                Executed = true,
                Query = options.Query,
                Document = options.Document,
                Operation = operation,
                Data = new SerializedData(hit.Data),
                Extensions = new Dictionary<string, object?>(hit.Extensions ?? [])
                {
                    ["responseCache"] = new Dictionary<string, object?>
                    {
                        ["hit"] = true,
                        ["ageSeconds"] = (long)Math.Max(0, (time.GetUtcNow() - hit.ExecutionStartedAt).TotalSeconds),
                    },
                },
            };
        }

        metrics.Miss();
        var startedAt = time.GetUtcNow();
        reads.TrackDependencies();
        var result = await next(options).ConfigureAwait(false);
        if (!result.Executed || result.Data is null || result.Errors is { Count: > 0 })
        {
            metrics.Store(ResponseStoreOutcome.Errors);
            return result;
        }

        var data = await SerializeDataAsync(result, cancellationToken).ConfigureAwait(false);
        if (data is null)
        {
            return result;
        }

        // The response is written from these bytes: serialized once, whether kept or not.
        result.Data = new SerializedData(data);
        metrics.Store(await cache.StoreAsync(key, data, result.Extensions, reads, startedAt, cancellationToken).ConfigureAwait(false));
        return result;
    }

    // The requested operation when it is a query; null for anything else, or when it cannot be told (execution reports that).
    private static GraphQLOperationDefinition? QueryOperation(GraphQLDocument? document, string? operationName)
        => RequestedOperation.In(document, operationName) is { Operation: OperationType.Query } operation ? operation : null;

    // The result's data alone, as the response writer would write it: the whole result serialized, its envelope cut off.
    private async Task<byte[]?> SerializeDataAsync(ExecutionResult result, CancellationToken cancellationToken)
    {
        using var stream = new MemoryStream();
        await serializer.WriteAsync(stream, new ExecutionResult { Executed = true, Data = result.Data }, cancellationToken).ConfigureAwait(false);
        var written = stream.GetBuffer().AsSpan(0, (int)stream.Length);
        if (!written.StartsWith(DataEnvelopeStart) || written[^1] != (byte)'}')
        {
            return null;
        }

        return written[DataEnvelopeStart.Length..^1].ToArray();
    }
}
