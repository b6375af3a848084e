using System.Net;

namespace Gateway.Transport.Errors;

/// <summary>400: the request body is empty, is not valid JSON or is not a JSON object.</summary>
public sealed class JsonInvalidError : RequestError
{
    /// <summary>The stable <c>extensions.code</c> of this error.</summary>
    public const string ErrorCode = "JSON_INVALID";

    /// <summary>Creates the error.</summary>
    /// <param name="message">Message safe to show to the client.</param>
    public JsonInvalidError(string message = "The request body is not valid JSON.")
        : base(HttpStatusCode.BadRequest, ErrorCode, message)
    {
    }
}
