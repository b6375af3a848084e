using System.Net;
using Gateway.Transport.Errors;

namespace Gateway.Transport.PersistedOperations;

/// <summary>400: a <c>documentId</c> (or, in trusted-only mode, a persisted query hash) that names no known document.</summary>
public sealed class PersistedDocumentNotFoundError : RequestError
{
    /// <summary>The stable <c>extensions.code</c> of this error.</summary>
    public const string ErrorCode = "PERSISTED_DOCUMENT_NOT_FOUND";

    /// <summary>Creates the error.</summary>
    /// <param name="message">Message safe to show to the client.</param>
    public PersistedDocumentNotFoundError(string message = "The persisted document is not one this server knows.")
        : base(HttpStatusCode.BadRequest, ErrorCode, message)
    {
    }
}
