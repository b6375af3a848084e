using System.Net;

namespace Gateway.Transport.Errors;

/// <summary>413: the request body is larger than <see cref="Http.GraphQLHttpOptions.MaxRequestBodyBytes"/>.</summary>
public sealed class PayloadTooLargeError : RequestError
{
    /// <summary>The stable <c>extensions.code</c> of this error.</summary>
    public const string ErrorCode = "PAYLOAD_TOO_LARGE";

    /// <summary>Creates the error.</summary>
    /// <param name="message">Message safe to show to the client.</param>
    public PayloadTooLargeError(string message = "The request body is too large.")
        : base(HttpStatusCode.RequestEntityTooLarge, ErrorCode, message)
    {
    }
}
