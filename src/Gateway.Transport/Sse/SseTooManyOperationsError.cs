using System.Net;
using Gateway.Transport.Errors;

namespace Gateway.Transport.Sse;

/// <summary>429: the reservation runs as many operations as one connection may.</summary>
public sealed class SseTooManyOperationsError : RequestError
{
    /// <summary>The stable <c>extensions.code</c> of this error.</summary>
    public const string ErrorCode = "TOO_MANY_OPERATIONS";

    /// <summary>Creates the error.</summary>
    /// <param name="message">Message safe to show to the client.</param>
    public SseTooManyOperationsError(string message = "Too many operations are running on this event stream; stop one first.")
        : base(HttpStatusCode.TooManyRequests, ErrorCode, message)
    {
    }
}
