using System.Net;
using Gateway.Transport.Errors;

namespace Gateway.Transport.Sse;

/// <summary>404: the request carries a single-connection token that names no reservation (never made, expired or its stream ended).</summary>
public sealed class SseStreamNotFoundError : RequestError
{
    /// <summary>The stable <c>extensions.code</c> of this error.</summary>
    public const string ErrorCode = "STREAM_NOT_FOUND";

    /// <summary>Creates the error.</summary>
    /// <param name="message">Message safe to show to the client.</param>
    public SseStreamNotFoundError(string message = "No event stream reservation matches the token; make a new one with PUT.")
        : base(HttpStatusCode.NotFound, ErrorCode, message)
    {
    }
}
