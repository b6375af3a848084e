using System.Net;

namespace Gateway.Transport.Errors;

/// <summary>406: the <c>Accept</c> header allows neither <c>application/graphql-response+json</c> nor <c>application/json</c>.</summary>
public sealed class NotAcceptableError : RequestError
{
    /// <summary>The stable <c>extensions.code</c> of this error.</summary>
    public const string ErrorCode = "NOT_ACCEPTABLE";

    /// <summary>Creates the error.</summary>
    /// <param name="message">Message safe to show to the client.</param>
    public NotAcceptableError(string message = "The Accept header allows no supported media type; accept 'application/graphql-response+json' or 'application/json'.")
        : base(HttpStatusCode.NotAcceptable, ErrorCode, message)
    {
    }
}
