using GraphQL;

namespace Gateway.Common.Errors;

/// <summary>An entity the upstream does not know (404): its field is <c>null</c> and this error says why.</summary>
public sealed class NotFoundError : ExecutionError
{
    public NotFoundError(string entityKind, string id)
        : base($"{entityKind} '{id}' was not found.")
    {
        Code = GatewayErrorCodes.NotFound;
        Data["entityKind"] = entityKind;
        Data["id"] = id;
    }
}
