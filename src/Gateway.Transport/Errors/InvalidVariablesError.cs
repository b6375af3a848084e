using System.Net;

namespace Gateway.Transport.Errors;

/// <summary>400: the <c>variables</c> parameter is not a JSON object (or null).</summary>
public sealed class InvalidVariablesError : RequestError
{
    /// <summary>The stable <c>extensions.code</c> of this error.</summary>
    public const string ErrorCode = "INVALID_VARIABLES";

    /// <summary>Creates the error.</summary>
    /// <param name="message">Message safe to show to the client.</param>
    public InvalidVariablesError(string message = "The 'variables' parameter must be a JSON object.")
        : base(HttpStatusCode.BadRequest, ErrorCode, message)
    {
    }
}
