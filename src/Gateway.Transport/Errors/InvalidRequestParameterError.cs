using System.Net;

namespace Gateway.Transport.Errors;

/// <summary>400: a request parameter (<c>query</c>, <c>operationName</c>, <c>extensions</c>) has the wrong shape.</summary>
public sealed class InvalidRequestParameterError : RequestError
{
    /// <summary>The stable <c>extensions.code</c> of this error.</summary>
    public const string ErrorCode = "INVALID_REQUEST_PARAMETER";

    /// <summary>Creates the error.</summary>
    /// <param name="message">Message safe to show to the client.</param>
    public InvalidRequestParameterError(string message = "A GraphQL request parameter is invalid.")
        : base(HttpStatusCode.BadRequest, ErrorCode, message)
    {
    }
}
