using System.Net;

namespace Gateway.Transport.Errors;

/// <summary>500: an unexpected failure; the message never reveals internals (the exception is logged instead).</summary>
public sealed class InternalServerError : RequestError
{
    /// <summary>The stable <c>extensions.code</c> of this error.</summary>
    public const string ErrorCode = "INTERNAL_SERVER_ERROR";

    /// <summary>Creates the error.</summary>
    /// <param name="message">Message safe to show to the client.</param>
    public InternalServerError(string message = "An unexpected error occurred while processing the request.")
        : base(HttpStatusCode.InternalServerError, ErrorCode, message)
    {
    }
}
