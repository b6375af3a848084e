using System.Net;
using Gateway.Transport.Errors;

namespace Gateway.Transport.PersistedOperations;

/// <summary>400: the server accepts trusted documents only, and the request carries free query text.</summary>
public sealed class PersistedQueryRequiredError : RequestError
{
    /// <summary>The stable <c>extensions.code</c> of this error.</summary>
    public const string ErrorCode = "PERSISTED_QUERY_REQUIRED";

    /// <summary>Creates the error.</summary>
    /// <param name="message">Message safe to show to the client.</param>
    public PersistedQueryRequiredError(string message = "This server runs trusted documents only: send a documentId or a persisted query hash, not a query text.")
        : base(HttpStatusCode.BadRequest, ErrorCode, message)
    {
    }
}
