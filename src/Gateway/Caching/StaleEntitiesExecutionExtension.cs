using GraphQL;
using GraphQL.DI;

namespace Gateway.Caching;

/// <summary>
/// Tells the client when part of its answer came from the cache's fail-safe: <c>extensions.staleEntities</c> lists
/// each entity served past its TTL because the upstream failed.
/// </summary>
public sealed class StaleEntitiesExecutionExtension : IConfigureExecution
{
    public float SortOrder => 100;

    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        var result = await next(options).ConfigureAwait(false);
        var reads = options.RequestServices?.GetService<EntityReadLog>();
        if (reads is { HasStale: true })
        {
            result.Extensions ??= [];
            result.Extensions["staleEntities"] = reads.StaleEntries.Select(e => new Dictionary<string, object?> { ["kind"] = e.Kind, ["id"] = e.Id }).ToList();
        }

        return result;
    }
}
