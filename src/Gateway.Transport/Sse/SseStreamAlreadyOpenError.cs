using System.Net;
using Gateway.Transport.Errors;

namespace Gateway.Transport.Sse;

/// <summary>409: the reservation of the token already has its event stream; a reservation has exactly one.</summary>
public sealed class SseStreamAlreadyOpenError : RequestError
{
    /// <summary>The stable <c>extensions.code</c> of this error.</summary>
    public const string ErrorCode = "STREAM_ALREADY_OPEN";

    /// <summary>Creates the error.</summary>
    /// <param name="message">Message safe to show to the client.</param>
    public SseStreamAlreadyOpenError(string message = "The event stream of this reservation is already open.")
        : base(HttpStatusCode.Conflict, ErrorCode, message)
    {
    }
}
