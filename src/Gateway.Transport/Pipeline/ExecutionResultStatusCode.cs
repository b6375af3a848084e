using System.Net;
using Gateway.Transport.Errors;
using Gateway.Transport.Http;
using GraphQL;
using GraphQLParser.Exceptions;
using UnhandledError = GraphQL.Execution.UnhandledError;

namespace Gateway.Transport.Pipeline;

/// <summary>The HTTP status of a result, as the GraphQL-over-HTTP specification gives it (plain HTTP, and SSE before a stream starts).</summary>
public static class ExecutionResultStatusCode
{
    /// <summary>
    /// Executed (data present, even null) → 200. Otherwise an error that names its status wins (405 for a mutation over
    /// GET, …); then <c>application/json</c> keeps 200, as the spec asks for any well-formed request, while
    /// <c>application/graphql-response+json</c> (and any other media type) gets 400, or 500 when the engine itself failed.
    /// </summary>
    public static HttpStatusCode Select(ExecutionResult result, string mediaType)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (result.Executed)
        {
            return HttpStatusCode.OK;
        }

        if (result.Errors?.OfType<IHasHttpStatusCode>().FirstOrDefault() is { } withStatus)
        {
            return withStatus.StatusCode;
        }

        if (mediaType == GraphQLMediaTypes.Json)
        {
            return HttpStatusCode.OK;
        }

        // A document the parser refuses (too deep, too many tokens) is the client's request error, not a server fault.
        return result.Errors?.Any(static e => e is UnhandledError { InnerException: not GraphQLParserException }) == true
            ? HttpStatusCode.InternalServerError
            : HttpStatusCode.BadRequest;
    }
}
