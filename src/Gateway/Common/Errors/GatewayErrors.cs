using Gateway.Caching;
using Gateway.Upstream;
using GraphQL;

namespace Gateway.Common.Errors;

/// <summary>Turns what a fetch threw into the error a client sees.</summary>
public static class GatewayErrors
{
    /// <summary>A fresh <see cref="ExecutionError"/> for one field; unknown exceptions keep their detail out of the message.</summary>
    public static ExecutionError ToExecutionError(Exception exception) => exception switch
    {
        OrganizationUnknownException unknown => OrganizationUnknown(unknown),
        GenesysApiException upstream => new UpstreamExecutionError(upstream),
        NotFoundError notFound => new NotFoundError((string)notFound.Data["entityKind"]!, (string)notFound.Data["id"]!),
        ExecutionError error => new ExecutionError(error.Message, error.InnerException) { Code = error.Code },
        OperationCanceledException => new ExecutionError("Loading this field took too long.", exception) { Code = GatewayErrorCodes.UpstreamTimeout },
        _ => new ExecutionError("An internal error occurred while loading this field.", exception) { Code = GatewayErrorCodes.InternalError },
    };

    // The cause, with the upstream's status when it answered one.
    private static ExecutionError OrganizationUnknown(OrganizationUnknownException exception)
    {
        var error = new ExecutionError(exception.Message, exception) { Code = GatewayErrorCodes.UpstreamOrganizationUnknown };
        if (exception.InnerException is GenesysApiException upstream)
        {
            error.Data["upstreamStatus"] = (int)upstream.StatusCode;
        }

        return error;
    }
}
