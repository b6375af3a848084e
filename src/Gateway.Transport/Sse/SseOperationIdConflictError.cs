using System.Net;
using Gateway.Transport.Errors;

namespace Gateway.Transport.Sse;

/// <summary>409: an operation with the same id is already running on the reservation.</summary>
public sealed class SseOperationIdConflictError : RequestError
{
    /// <summary>The stable <c>extensions.code</c> of this error.</summary>
    public const string ErrorCode = "OPERATION_ID_CONFLICT";

    /// <summary>Creates the error.</summary>
    /// <param name="message">Message safe to show to the client.</param>
    public SseOperationIdConflictError(string message = "An operation with this id is already running on this event stream.")
        : base(HttpStatusCode.Conflict, ErrorCode, message)
    {
    }
}
