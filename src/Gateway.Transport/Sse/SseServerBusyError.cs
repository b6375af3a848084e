using System.Net;
using Gateway.Transport.Errors;

namespace Gateway.Transport.Sse;

/// <summary>503: the server holds as many single-connection reservations as it may, across all clients.</summary>
public sealed class SseServerBusyError : RequestError
{
    /// <summary>The stable <c>extensions.code</c> of this error.</summary>
    public const string ErrorCode = "SERVER_BUSY";

    /// <summary>Creates the error.</summary>
    /// <param name="message">Message safe to show to the client.</param>
    public SseServerBusyError(string message = "The server cannot take more event stream reservations now; retry later.")
        : base(HttpStatusCode.ServiceUnavailable, ErrorCode, message)
    {
    }
}
