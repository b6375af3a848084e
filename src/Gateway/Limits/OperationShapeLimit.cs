using System.Globalization;
using GraphQL;
using GraphQL.DI;
using GraphQL.Execution;
using GraphQL.Types;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;
using Microsoft.Extensions.Options;

namespace Gateway.Limits;

/// <summary>
/// Refuses an operation whose shape (<see cref="OperationShape"/>: depth, aliases, root fields, fields and fragment
/// spreads after expansion, directives per location, cost, introspection) is over a limit, before validation and
/// execution, for cached documents as for new ones. Every operation and fragment of the document is checked, since
/// validation walks them all. With <c>extensions.cost</c> in the request (any value but false), the response's
/// <c>extensions.cost</c> gives the operation's cost and the ceiling.
/// </summary>
public sealed class OperationShapeLimit : IConfigureExecution
{
    /// <summary>The request and response extension that asks for and gives the cost.</summary>
    public const string CostExtension = "cost";

    private readonly IOptionsMonitor<OperationLimitsOptions> _options;
    private readonly OperationLimitMetrics _metrics;
    private readonly IDocumentBuilder _documentBuilder;

    public OperationShapeLimit(IOptionsMonitor<OperationLimitsOptions> options, OperationLimitMetrics metrics, IDocumentBuilder documentBuilder)
    {
        _options = options;
        _metrics = metrics;
        _documentBuilder = documentBuilder;
    }

    // After ParsedDocumentCache (0), which gives most requests their document; before anything that executes.
    public float SortOrder => 1;

    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(next);
        if (options.Document is null && options.Query is { } query)
        {
            // Not cached (too long to keep, or the cache is off): parse here; a syntax error is the engine's to report.
            try
            {
                options.Document = _documentBuilder.Build(query);
            }
            catch (GraphQLParserException)
            {
                return await next(options).ConfigureAwait(false);
            }
        }

        if (options.Document is not { } document || options.Schema is not { } schema)
        {
            return await next(options).ConfigureAwait(false);
        }

        var limits = _options.CurrentValue;
        var (error, cost) = Check(schema, document, options.OperationName, options.Variables, limits);
        if (cost is { } measured)
        {
            _metrics.Cost(measured);
        }

        if (error is not null)
        {
            _metrics.Refused(error.Code!);
            return new ExecutionResult { Errors = [error] };
        }

        var result = await next(options).ConfigureAwait(false);
        if (cost is { } reported && AsksForCost(options.Extensions))
        {
            result.Extensions ??= [];
            result.Extensions[CostExtension] = new Dictionary<string, object?>
            {
                ["estimated"] = Math.Ceiling(reported),
                ["maximum"] = limits.MaxCost,
            };
        }

        return result;
    }

    /// <summary>
    /// Checks every operation and fragment of <paramref name="document"/>: the first refusal, and the cost of the
    /// operation that would run (null when it cannot be told which).
    /// </summary>
    public static (OperationLimitError? Error, double? Cost) Check(
        ISchema schema, GraphQLDocument document, string? operationName, IReadOnlyDictionary<string, object?>? variables, OperationLimitsOptions limits)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(limits);
        if (!schema.Initialized)
        {
            schema.Initialize();
        }

        var analyzer = new OperationShapeAnalyzer(schema, document, variables, limits.DefaultListSize);
        double? selectedCost = null;
        var operations = 0;
        foreach (var definition in document.Definitions)
        {
            if (definition is not GraphQLOperationDefinition operation)
            {
                continue;
            }

            operations++;
            var shape = analyzer.Measure(operation);
            if (Refusal(shape, limits, isOperation: true) is { } error)
            {
                return (error, shape.Cost);
            }

            if (operationName is null ? operations == 1 : operation.Name?.StringValue == operationName)
            {
                selectedCost = shape.Cost;
            }
        }

        foreach (var definition in document.Definitions)
        {
            if (definition is GraphQLFragmentDefinition fragment && Refusal(analyzer.MeasureFragment(fragment), limits, isOperation: false) is { } error)
            {
                return (error, selectedCost);
            }
        }

        return (null, operationName is null && operations > 1 ? null : selectedCost);
    }

    private static OperationLimitError? Refusal(OperationShape shape, OperationLimitsOptions limits, bool isOperation)
    {
        if (shape.IntrospectionFields > 0 && limits.Introspection.Enabled != true)
        {
            return new OperationLimitError(OperationLimitCodes.IntrospectionDisabled, "Introspection is disabled on this server.");
        }

        return (shape, limits) switch
        {
            _ when shape.Depth > limits.MaxDepth
                => Exceeded(OperationLimitCodes.MaxDepthExceeded, "depth", limits.MaxDepth, shape.Depth),
            _ when isOperation && shape.RootFields > limits.MaxRootFields
                => Exceeded(OperationLimitCodes.MaxRootFieldsExceeded, "root fields", limits.MaxRootFields, shape.RootFields),
            _ when shape.FragmentSpreads > limits.MaxFragmentSpreads
                => Exceeded(OperationLimitCodes.MaxFragmentExpansionExceeded, "fragment spreads once expanded", limits.MaxFragmentSpreads, shape.FragmentSpreads),
            _ when shape.Aliases > limits.MaxAliases
                => Exceeded(OperationLimitCodes.MaxAliasesExceeded, "aliases", limits.MaxAliases, shape.Aliases),
            _ when shape.Fields > limits.MaxFields
                => Exceeded(OperationLimitCodes.MaxFieldsExceeded, "fields once fragments are expanded", limits.MaxFields, shape.Fields),
            _ when shape.MaxDirectivesPerLocation > limits.MaxDirectivesPerLocation
                => Exceeded(OperationLimitCodes.MaxDirectivesExceeded, "directives on one location", limits.MaxDirectivesPerLocation, shape.MaxDirectivesPerLocation),
            _ when shape.IntrospectionFields > limits.Introspection.MaxFields
                => Exceeded(OperationLimitCodes.MaxIntrospectionExceeded, "introspection fields (__schema, __type)", limits.Introspection.MaxFields, shape.IntrospectionFields),
            _ when shape.OfTypeDepth > limits.Introspection.MaxOfTypeDepth
                => Exceeded(OperationLimitCodes.MaxIntrospectionExceeded, "nested `ofType` fields", limits.Introspection.MaxOfTypeDepth, shape.OfTypeDepth),
            _ when shape.Cost > limits.MaxCost
                => Exceeded(OperationLimitCodes.MaxCostExceeded, "cost", limits.MaxCost, shape.Cost),
            _ => null,
        };
    }

    private static OperationLimitError Exceeded(string code, string what, double limit, double actual)
        => new(code, string.Create(CultureInfo.InvariantCulture, $"The operation's {what} ({Shown(actual)}) is over the limit of {limit}."), limit, actual);

    private static string Shown(double value) => value >= 1e15 ? "over 10^15" : Math.Ceiling(value).ToString(CultureInfo.InvariantCulture);

    private static bool AsksForCost(IReadOnlyDictionary<string, object?>? extensions)
        => extensions is not null && extensions.TryGetValue(CostExtension, out var value) && value is not (null or false);
}
