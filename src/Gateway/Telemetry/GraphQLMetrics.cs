using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Gateway.Telemetry;

/// <summary>
/// GraphQL operations on the <c>Gateway.GraphQL</c> meter: how many, how long, and their errors by
/// <c>extensions.code</c> (refusals by a limit, upstream failures, bad input alike).
/// </summary>
public sealed class GraphQLMetrics
{
    public const string MeterName = "Gateway.GraphQL";
    public const string RequestsInstrumentName = "gateway.graphql.requests";
    public const string DurationInstrumentName = "gateway.graphql.request.duration";
    public const string ErrorsInstrumentName = "gateway.graphql.errors";

    /// <summary>Tag: <c>query</c>, <c>mutation</c>, <c>subscription</c>, or <c>unknown</c> for a document refused before it had one.</summary>
    public const string OperationTypeTag = "graphql.operation.type";

    /// <summary>Tag of requests: <c>ok</c>, <c>partial</c> (data and errors), <c>error</c> (errors only).</summary>
    public const string OutcomeTag = "outcome";

    /// <summary>Tag of errors: the stable <c>extensions.code</c>.</summary>
    public const string CodeTag = "code";

    private readonly Counter<long> _requests;
    private readonly Histogram<double> _duration;
    private readonly Counter<long> _errors;

    public GraphQLMetrics(IMeterFactory meterFactory)
    {
        ArgumentNullException.ThrowIfNull(meterFactory);
        var meter = meterFactory.Create(MeterName);
        _requests = meter.CreateCounter<long>(RequestsInstrumentName, "{request}", "GraphQL operations executed or refused, by type and outcome.");
        _duration = meter.CreateHistogram<double>(DurationInstrumentName, "s", "Time from receiving a GraphQL request to its result, before serialization.");
        _errors = meter.CreateCounter<long>(ErrorsInstrumentName, "{error}", "Errors in GraphQL results, by extensions.code.");
    }

    /// <summary>Records one finished operation and each of its errors.</summary>
    public void Record(string operationType, string outcome, TimeSpan elapsed, IEnumerable<string> errorCodes)
    {
        ArgumentNullException.ThrowIfNull(errorCodes);
        var tags = new TagList { { OperationTypeTag, operationType }, { OutcomeTag, outcome } };
        _requests.Add(1, tags);
        _duration.Record(elapsed.TotalSeconds, tags);
        foreach (var code in errorCodes)
        {
            _errors.Add(1, new KeyValuePair<string, object?>(CodeTag, code), new KeyValuePair<string, object?>(OperationTypeTag, operationType));
        }
    }
}
