using GraphQL;
using GraphQL.DI;
using GraphQL.Execution;
using Microsoft.Extensions.Options;

namespace Gateway.Limits;

/// <summary>
/// Answers <c>MAX_RESPONSE_SIZE_EXCEEDED</c> (and <c>data: null</c>) in place of a result whose <c>data</c> would be
/// larger than <see cref="OperationLimitsOptions.MaxResponseBytes"/>, estimated from the result tree before it is
/// serialized: a response is never tens of megabytes, whatever the cost estimate missed. The walk stops at the limit.
/// </summary>
public sealed class ResponseSizeLimit : IConfigureExecution
{
    private readonly IOptionsMonitor<OperationLimitsOptions> _options;
    private readonly OperationLimitMetrics _metrics;

    public ResponseSizeLimit(IOptionsMonitor<OperationLimitsOptions> options, OperationLimitMetrics metrics)
    {
        _options = options;
        _metrics = metrics;
    }

    public float SortOrder => 3;

    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(next);
        var result = await next(options).ConfigureAwait(false);
        var limit = _options.CurrentValue.MaxResponseBytes;
        if (result.Data is not ExecutionNode root || EstimatedBytes(root, limit) <= limit)
        {
            return result;
        }

        _metrics.Refused(OperationLimitCodes.MaxResponseSizeExceeded);
        return new ExecutionResult
        {
            Executed = true,
            Data = null,
            Errors = [new OperationLimitError(OperationLimitCodes.MaxResponseSizeExceeded, $"The response would be larger than {limit} bytes.", limit, limit + 1)],
            Extensions = result.Extensions,
        };
    }

    /// <summary>The JSON size of <paramref name="root"/>'s value, roughly (names, punctuation, values); counting stops past <paramref name="stopAfter"/>.</summary>
    public static long EstimatedBytes(ExecutionNode root, long stopAfter)
    {
        ArgumentNullException.ThrowIfNull(root);
        long total = 0;
        var pending = new Stack<ExecutionNode>();
        pending.Push(root);
        while (pending.Count > 0 && total <= stopAfter)
        {
            var node = pending.Pop();
            // "name": plus a separator; array items have no name.
            total += node.IndexInParentNode is null && node.Name is { } name ? name.Length + 4 : 1;
            switch (node)
            {
                case ObjectExecutionNode { SubFields: { } fields }:
                    total += 2;
                    foreach (var field in fields)
                    {
                        pending.Push(field);
                    }

                    break;
                case ArrayExecutionNode { Items: { } items }:
                    total += 2;
                    foreach (var item in items)
                    {
                        pending.Push(item);
                    }

                    break;
                default:
                    total += ValueBytes(node.ToValue());
                    break;
            }
        }

        return total;
    }

    private static long ValueBytes(object? value) => value switch
    {
        null => 4,
        string text => text.Length + 2,
        bool => 5,
        _ => 12,
    };
}
