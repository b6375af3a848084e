using System.Net;
using Gateway.Transport.Errors;

namespace Gateway.Transport.PersistedOperations;

/// <summary>400: a malformed <c>extensions.persistedQuery</c> (an unsupported version, no or a malformed <c>sha256Hash</c>) or <c>documentId</c>.</summary>
public sealed class PersistedQueryInvalidError : RequestError
{
    /// <summary>The stable <c>extensions.code</c> of this error.</summary>
    public const string ErrorCode = "PERSISTED_QUERY_INVALID";

    /// <summary>Creates the error.</summary>
    /// <param name="message">Message safe to show to the client.</param>
    public PersistedQueryInvalidError(string message = "The persisted query request is invalid.")
        : base(HttpStatusCode.BadRequest, ErrorCode, message)
    {
    }
}
