using System.Diagnostics;
using Gateway.Execution;
using GraphQL;
using GraphQL.DI;
using GraphQLParser.AST;

namespace Gateway.Telemetry;

/// <summary>
/// Wraps every operation, on every transport, in a <c>graphql.operation</c> span (named as the semantic conventions
/// ask: <c>query SessionDetail</c>) and records it on <see cref="GraphQLMetrics"/>. It runs first, so a document refused
/// by a limit or by validation is traced and counted too; the variables and the document text are never recorded.
/// </summary>
public sealed class OperationTelemetry(GraphQLMetrics metrics, TimeProvider time) : IConfigureExecution
{
    private const string UnknownOperationType = "unknown";
    private const string UnspecifiedCode = "UNSPECIFIED";

    // Outside the persisted-operation lookup (-1000), so PERSISTED_QUERY_NOT_FOUND is counted as well.
    public float SortOrder => -2000;

    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(next);
        var started = time.GetTimestamp();
        using var activity = GatewayActivitySource.Source.StartActivity("graphql.operation");
        ExecutionResult result;
        try
        {
            result = await next(options).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            activity?.SetStatus(ActivityStatusCode.Error, ex.GetType().Name);
            metrics.Record(UnknownOperationType, "error", time.GetElapsedTime(started), [GatewayErrorCodeOf(ex)]);
            throw;
        }

        // A document refused by validation has no operation chosen; name the span after the one it asked for all the same.
        var operation = result.Operation ?? RequestedOperation.In(result.Document ?? options.Document, options.OperationName);
        var operationType = TypeOf(operation);
        var codes = result.Errors is { Count: > 0 } errors ? errors.Select(e => e.Code ?? UnspecifiedCode).ToArray() : [];
        var outcome = codes.Length == 0 ? "ok" : result.Data is null ? "error" : "partial";
        metrics.Record(operationType, outcome, time.GetElapsedTime(started), codes);
        if (activity is not null)
        {
            Describe(activity, operation, operationType, codes, outcome);
        }

        return result;
    }

    private static void Describe(Activity activity, GraphQLOperationDefinition? operation, string operationType, string[] codes, string outcome)
    {
        var name = operation?.Name?.StringValue;
        activity.DisplayName = operation is null ? "graphql.operation" : name is null ? operationType : $"{operationType} {name}";
        activity.SetTag(GatewayActivitySource.OperationTypeTag, operation is null ? null : operationType);
        activity.SetTag(GatewayActivitySource.OperationNameTag, name);
        if (codes.Length > 0)
        {
            activity.SetTag(GatewayActivitySource.ErrorCodesTag, string.Join(',', codes.Distinct(StringComparer.Ordinal)));
        }

        if (outcome == "error")
        {
            activity.SetStatus(ActivityStatusCode.Error, codes[0]);
        }
    }

    private static string TypeOf(GraphQLOperationDefinition? operation) => operation?.Operation switch
    {
        OperationType.Query => "query",
        OperationType.Mutation => "mutation",
        OperationType.Subscription => "subscription",
        _ => UnknownOperationType,
    };

    private static string GatewayErrorCodeOf(Exception exception) => exception is ExecutionError { Code: { } code } ? code : UnspecifiedCode;
}
