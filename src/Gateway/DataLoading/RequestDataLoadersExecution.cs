using GraphQL;
using GraphQL.DI;

namespace Gateway.DataLoading;

/// <summary>Gives each execution its <see cref="RequestDataLoaders"/>, before any resolver runs.</summary>
public sealed class RequestDataLoadersExecution : IConfigureExecution
{
    // Just before execution: a response-cache hit (0.75) never needs loaders.
    public float SortOrder => 0.9f;

    public Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(next);
        if (options.RequestServices is { } services)
        {
            // Written once, before execution; resolvers only read the user context.
            options.UserContext[RequestDataLoaders.UserContextKey] = new RequestDataLoaders(services);
        }

        return next(options);
    }
}
