using GraphQL;
using GraphQL.DI;
using GraphQLParser.AST;
using Microsoft.Extensions.Options;

namespace Gateway.Limits;

/// <summary>
/// Cancels a query or mutation that runs longer than <see cref="OperationLimitsOptions.ExecutionTimeout"/> (its
/// resolvers and upstream calls see the cancellation) and answers <c>EXECUTION_TIMEOUT</c> in place of its result. A
/// subscription's stream lives as long as its client wants: only its start would be bounded, so it is left alone.
/// </summary>
public sealed class ExecutionTimeoutLimit : IConfigureExecution
{
    private readonly IOptionsMonitor<OperationLimitsOptions> _options;
    private readonly OperationLimitMetrics _metrics;
    private readonly TimeProvider _timeProvider;

    public ExecutionTimeoutLimit(IOptionsMonitor<OperationLimitsOptions> options, OperationLimitMetrics metrics, TimeProvider timeProvider)
    {
        _options = options;
        _metrics = metrics;
        _timeProvider = timeProvider;
    }

    // Inside the shape check (1): only what is allowed to run is timed.
    public float SortOrder => 2;

    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(next);
        if (IsSubscription(options))
        {
            return await next(options).ConfigureAwait(false);
        }

        var timeout = _options.CurrentValue.ExecutionTimeout;
        var callerToken = options.CancellationToken;
        using var timer = new CancellationTokenSource(timeout, _timeProvider);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(callerToken, timer.Token);
        options.CancellationToken = linked.Token;
        try
        {
            var result = await next(options).ConfigureAwait(false);
            return timer.IsCancellationRequested && !callerToken.IsCancellationRequested ? TimedOut(timeout) : result;
        }
        catch (OperationCanceledException) when (timer.IsCancellationRequested && !callerToken.IsCancellationRequested)
        {
            return TimedOut(timeout);
        }
        finally
        {
            options.CancellationToken = callerToken;
        }
    }

    private ExecutionResult TimedOut(TimeSpan timeout)
    {
        _metrics.Refused(OperationLimitCodes.ExecutionTimeout);
        return new ExecutionResult
        {
            Executed = true,
            Errors = [new OperationLimitError(OperationLimitCodes.ExecutionTimeout, $"The operation did not complete within {timeout.TotalSeconds:0.###} s and was cancelled.")],
        };
    }

    private static bool IsSubscription(ExecutionOptions options)
    {
        if (options.Document is not { } document)
        {
            return false;
        }

        foreach (var definition in document.Definitions)
        {
            if (definition is GraphQLOperationDefinition operation
                && (options.OperationName is null || operation.Name?.StringValue == options.OperationName))
            {
                return operation.Operation == OperationType.Subscription;
            }
        }

        return false;
    }
}
