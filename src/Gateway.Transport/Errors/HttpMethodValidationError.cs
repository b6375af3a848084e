using System.Net;
using GraphQL.Validation;
using GraphQLParser;
using GraphQLParser.AST;

namespace Gateway.Transport.Errors;

/// <summary>
/// 405: the HTTP method cannot serve the request, either outright (e.g. <c>PUT</c>) or for the
/// requested operation (a mutation over <c>GET</c>). It is a <see cref="ValidationError"/> so the
/// engine can raise it while validating the document; <see cref="AllowedMethods"/> fills the
/// <c>Allow</c> header.
/// </summary>
public sealed class HttpMethodValidationError : ValidationError, IHasHttpStatusCode
{
    /// <summary>The stable <c>extensions.code</c> of this error.</summary>
    public const string ErrorCode = "HTTP_METHOD_NOT_ALLOWED";

    /// <summary>Creates the error for a method the endpoint does not serve at all.</summary>
    /// <param name="message">Message safe to show to the client.</param>
    /// <param name="allowedMethods">Methods to list in the <c>Allow</c> header.</param>
    public HttpMethodValidationError(string message, IReadOnlyList<string> allowedMethods)
        : base(message)
    {
        AllowedMethods = allowedMethods;
        Code = ErrorCode;
    }

    /// <summary>Creates the error for an operation the method may not execute.</summary>
    /// <param name="source">The GraphQL document text, used to compute the error location.</param>
    /// <param name="node">The offending operation.</param>
    /// <param name="message">Message safe to show to the client.</param>
    /// <param name="allowedMethods">Methods to list in the <c>Allow</c> header.</param>
    public HttpMethodValidationError(ROM source, ASTNode node, string message, IReadOnlyList<string> allowedMethods)
        : base(source, null, message, node)
    {
        AllowedMethods = allowedMethods;
        Code = ErrorCode;
    }

    /// <inheritdoc />
    public HttpStatusCode StatusCode => HttpStatusCode.MethodNotAllowed;

    /// <summary>HTTP methods that would be accepted, for the <c>Allow</c> response header.</summary>
    public IReadOnlyList<string> AllowedMethods { get; }
}
