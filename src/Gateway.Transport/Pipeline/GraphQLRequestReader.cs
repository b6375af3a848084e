using Gateway.Transport.Errors;
using Gateway.Transport.PersistedOperations;
using GraphQL.Transport;
using Microsoft.AspNetCore.Http;

namespace Gateway.Transport.Pipeline;

/// <summary>
/// The "read the request" and "check it" steps every HTTP-borne transport composes (plain HTTP and SSE): a
/// <c>GET</c> from its URL parameters, a <c>POST</c> from its JSON body.
/// </summary>
public sealed class GraphQLRequestReader
{
    private readonly GraphQLRequestParser _parser;
    private readonly GraphQLRequestBodyReader _body;

    /// <summary>Creates the reader from the shared parser and body reader.</summary>
    public GraphQLRequestReader(GraphQLRequestParser parser, GraphQLRequestBodyReader body)
    {
        _parser = parser;
        _body = body;
    }

    /// <summary>Reads the GraphQL request from the URL (<c>GET</c>) or the body (any other method).</summary>
    public async ValueTask<GraphQLRequest> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (HttpMethods.IsGet(request.Method))
        {
            var parameters = request.Query;
            return _parser.Parse(name => SingleParameter(parameters, name));
        }

        using var body = await _body.ReadAsync(request, cancellationToken);
        return _parser.Parse(body.RootElement);
    }

    /// <summary>
    /// A request must carry a document (→ 400 otherwise): its text, or a persisted one's <c>documentId</c> or APQ hash
    /// (<c>extensions.persistedQuery</c>), which the persisted-operation step resolves, or refuses, for every transport.
    /// </summary>
    public static void EnsureDocument(GraphQLRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Query is null
            && request.DocumentId is null
            && request.Extensions?.ContainsKey(PersistedQueryExtension.ExtensionName) != true)
        {
            throw new QueryMissingError();
        }
    }

    private static string? SingleParameter(IQueryCollection parameters, string name)
    {
        var values = parameters[name];
        return values.Count switch
        {
            0 => null,
            1 => values[0],
            _ => throw new InvalidRequestParameterError($"The '{name}' parameter must appear at most once."),
        };
    }
}
