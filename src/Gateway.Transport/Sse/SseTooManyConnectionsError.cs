using System.Net;
using Gateway.Transport.Errors;

namespace Gateway.Transport.Sse;

/// <summary>429: the client holds as many streaming connections (event streams, reservations, WebSockets) as it may.</summary>
public sealed class SseTooManyConnectionsError : RequestError
{
    /// <summary>The stable <c>extensions.code</c> of this error.</summary>
    public const string ErrorCode = "TOO_MANY_CONNECTIONS";

    /// <summary>Creates the error.</summary>
    /// <param name="message">Message safe to show to the client.</param>
    public SseTooManyConnectionsError(string message = "Too many open event streams for this client; close one first.")
        : base(HttpStatusCode.TooManyRequests, ErrorCode, message)
    {
    }
}
