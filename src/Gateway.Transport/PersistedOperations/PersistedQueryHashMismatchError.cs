using System.Net;
using Gateway.Transport.Errors;

namespace Gateway.Transport.PersistedOperations;

/// <summary>400: a query sent with a hash that is not the lowercase hex SHA-256 of its UTF-8 text; nothing is registered.</summary>
public sealed class PersistedQueryHashMismatchError : RequestError
{
    /// <summary>The stable <c>extensions.code</c> of this error.</summary>
    public const string ErrorCode = "PERSISTED_QUERY_HASH_MISMATCH";

    /// <summary>Creates the error.</summary>
    /// <param name="message">Message safe to show to the client.</param>
    public PersistedQueryHashMismatchError(string message = "The persisted query's sha256Hash does not match the SHA-256 hash of its query text.")
        : base(HttpStatusCode.BadRequest, ErrorCode, message)
    {
    }
}
