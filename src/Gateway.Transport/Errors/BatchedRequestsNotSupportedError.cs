using System.Net;

namespace Gateway.Transport.Errors;

/// <summary>400: the body is a JSON array (a batch); this server executes one request per HTTP request.</summary>
public sealed class BatchedRequestsNotSupportedError : RequestError
{
    /// <summary>The stable <c>extensions.code</c> of this error.</summary>
    public const string ErrorCode = "BATCHED_REQUESTS_NOT_SUPPORTED";

    /// <summary>Creates the error.</summary>
    /// <param name="message">Message safe to show to the client.</param>
    public BatchedRequestsNotSupportedError(string message = "Batched requests are not supported; send one GraphQL request (a JSON object) per HTTP request.")
        : base(HttpStatusCode.BadRequest, ErrorCode, message)
    {
    }
}
