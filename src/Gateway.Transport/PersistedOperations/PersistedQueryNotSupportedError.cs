using System.Net;
using Gateway.Transport.Errors;

namespace Gateway.Transport.PersistedOperations;

/// <summary>
/// Persisted operations are switched off. Over APQ it is 200 with Apollo's message, on which an APQ client stops
/// sending hashes; a <c>documentId</c> gets 400.
/// </summary>
public sealed class PersistedQueryNotSupportedError : RequestError
{
    /// <summary>The stable <c>extensions.code</c> of this error.</summary>
    public const string ErrorCode = "PERSISTED_QUERY_NOT_SUPPORTED";

    /// <summary>Creates the error.</summary>
    /// <param name="statusCode">200 for an APQ request, 400 for a <c>documentId</c>.</param>
    public PersistedQueryNotSupportedError(HttpStatusCode statusCode)
        : base(statusCode, ErrorCode, "PersistedQueryNotSupported")
    {
    }
}
