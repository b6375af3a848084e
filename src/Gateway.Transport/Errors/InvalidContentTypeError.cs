using System.Net;

namespace Gateway.Transport.Errors;

/// <summary>415: the POST body is not in a supported media type (only <c>application/json</c> in UTF-8).</summary>
public sealed class InvalidContentTypeError : RequestError
{
    /// <summary>The stable <c>extensions.code</c> of this error.</summary>
    public const string ErrorCode = "INVALID_CONTENT_TYPE";

    /// <summary>Creates the error.</summary>
    /// <param name="message">Message safe to show to the client.</param>
    public InvalidContentTypeError(string message = "Unsupported Content-Type; send the request as 'application/json' encoded in UTF-8.")
        : base(HttpStatusCode.UnsupportedMediaType, ErrorCode, message)
    {
    }
}
