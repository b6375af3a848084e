using GraphQL;

namespace Gateway.Common.Errors;

/// <summary>An argument the gateway refuses (out of range, malformed cursor) before any upstream call.</summary>
public sealed class BadUserInputError : ExecutionError
{
    public BadUserInputError(string message, string? argumentName = null)
        : base(message)
    {
        Code = GatewayErrorCodes.BadUserInput;
        if (argumentName is not null)
        {
            Data["argument"] = argumentName;
        }
    }
}
