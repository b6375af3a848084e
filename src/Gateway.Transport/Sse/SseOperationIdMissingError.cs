using System.Net;
using Gateway.Transport.Errors;

namespace Gateway.Transport.Sse;

/// <summary>400: a single-connection request names no operation (<c>extensions.operationId</c> of a POST, the <c>operationId</c> URL parameter of a DELETE).</summary>
public sealed class SseOperationIdMissingError : RequestError
{
    /// <summary>The stable <c>extensions.code</c> of this error.</summary>
    public const string ErrorCode = "OPERATION_ID_MISSING";

    /// <summary>Creates the error.</summary>
    /// <param name="message">Message safe to show to the client.</param>
    public SseOperationIdMissingError(string message = "The operation id is missing; send it as 'extensions.operationId' (or the 'operationId' URL parameter of a DELETE).")
        : base(HttpStatusCode.BadRequest, ErrorCode, message)
    {
    }
}
