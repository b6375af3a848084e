using System.Net;
using Gateway.Transport.Errors;

namespace Gateway.Transport.PersistedOperations;

/// <summary>200, as Apollo Server answers it: the hash alone names no query this server knows; an APQ client retries with the full query (its link gives up persisted queries for good on a 400 or 500). The message is the protocol's: clients match on it.</summary>
public sealed class PersistedQueryNotFoundError : RequestError
{
    /// <summary>The stable <c>extensions.code</c> of this error.</summary>
    public const string ErrorCode = "PERSISTED_QUERY_NOT_FOUND";

    /// <summary>Creates the error.</summary>
    /// <param name="message">Message safe to show to the client.</param>
    public PersistedQueryNotFoundError(string message = "PersistedQueryNotFound")
        : base(HttpStatusCode.OK, ErrorCode, message)
    {
    }
}
