using System.Net;

namespace Gateway.Transport.Errors;

/// <summary>400: the request has no <c>query</c> parameter.</summary>
public sealed class QueryMissingError : RequestError
{
    /// <summary>The stable <c>extensions.code</c> of this error.</summary>
    public const string ErrorCode = "QUERY_MISSING";

    /// <summary>Creates the error.</summary>
    /// <param name="message">Message safe to show to the client.</param>
    public QueryMissingError(string message = "The GraphQL request has no 'query' parameter.")
        : base(HttpStatusCode.BadRequest, ErrorCode, message)
    {
    }
}
