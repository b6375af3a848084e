using System.Net;
using GraphQL;

namespace Gateway.Transport.Errors;

/// <summary>
/// Base class for errors raised by the transport before a request reaches the GraphQL engine
/// (bad media type, malformed body, …). Each one carries its HTTP status and a stable
/// <c>extensions.code</c>, and is written as a regular GraphQL response with only <c>errors</c>.
/// </summary>
public abstract class RequestError : ExecutionError, IHasHttpStatusCode
{
    /// <summary>Creates the error.</summary>
    /// <param name="statusCode">HTTP status code of the response.</param>
    /// <param name="code">Stable, SCREAMING_SNAKE error code exposed as <c>extensions.code</c>.</param>
    /// <param name="message">Message safe to show to the client.</param>
    protected RequestError(HttpStatusCode statusCode, string code, string message)
        : base(message)
    {
        StatusCode = statusCode;
        Code = code;
    }

    /// <inheritdoc />
    public HttpStatusCode StatusCode { get; }
}
