using GraphQL;

namespace Gateway.Limits;

/// <summary>
/// An operation refused by a limit: its <c>extensions.code</c> names the limit and <c>extensions.data</c> gives the
/// limit and what the operation asked for. Refused before execution it is a request error (HTTP 400 under
/// <c>application/graphql-response+json</c>, as a validation error).
/// </summary>
public sealed class OperationLimitError : ExecutionError
{
    public OperationLimitError(string code, string message, double limit, double actual)
        : base(message)
    {
        Code = code;
        Data["limit"] = Whole(limit);
        Data["actual"] = Whole(actual);
    }

    public OperationLimitError(string code, string message)
        : base(message)
    {
        Code = code;
    }

    // An exponential expansion can reach infinity; JSON has no such number.
    private static long Whole(double value) => value >= 1e15 ? 1_000_000_000_000_000 : (long)Math.Ceiling(value);
}
