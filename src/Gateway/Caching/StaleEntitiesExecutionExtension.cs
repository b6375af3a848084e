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
        var stale = options.RequestServices?.GetService<StaleEntityCollector>();
        if (stale is { IsEmpty: false })
        {
            result.Extensions ??= [];
            result.Extensions["staleEntities"] = stale.Entries.Select(e => new Dictionary<string, object?> { ["kind"] = e.Kind, ["id"] = e.Id }).ToList();
        }

        return result;
    }
}
