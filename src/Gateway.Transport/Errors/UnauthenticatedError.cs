using System.Net;

namespace Gateway.Transport.Errors;

/// <summary>401: the request carries no credentials, or credentials that were not accepted (answered with <c>WWW-Authenticate: Bearer</c>).</summary>
public sealed class UnauthenticatedError : RequestError
{
    /// <summary>The stable <c>extensions.code</c> of this error.</summary>
    public const string ErrorCode = "UNAUTHENTICATED";

    /// <summary>Creates the error.</summary>
    /// <param name="message">Message safe to show to the client.</param>
    public UnauthenticatedError(string message = "Authentication is required: send a bearer token.")
        : base(HttpStatusCode.Unauthorized, ErrorCode, message)
    {
    }
}
