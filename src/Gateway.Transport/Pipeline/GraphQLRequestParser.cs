using System.Text.Json;
using Gateway.Transport.Errors;
using Gateway.Transport.Http;
using GraphQL;
using GraphQL.Transport;
using Microsoft.Extensions.Options;

namespace Gateway.Transport.Pipeline;

/// <summary>
/// Reads a GraphQL request out of the forms every transport carries it in: a JSON object (an HTTP or SSE body, a
/// WebSocket <c>subscribe</c> payload) or URL parameters (<c>GET</c>). Strict: every known parameter must have the
/// type the GraphQL-over-HTTP specification gives it, and unknown members are ignored.
/// </summary>
public sealed class GraphQLRequestParser
{
    private readonly IGraphQLTextSerializer _serializer;
    private readonly QueryTextCache _queryTexts;

    /// <summary>
    /// Creates the parser; variables and extensions are read with the engine's serializer, query texts through a
    /// <see cref="QueryTextCache"/> sized by <see cref="GraphQLHttpOptions"/>.
    /// </summary>
    public GraphQLRequestParser(IGraphQLTextSerializer serializer, IOptions<GraphQLHttpOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _serializer = serializer;
        _queryTexts = new QueryTextCache(options.Value.QueryTextCacheSize, options.Value.QueryTextCacheMaxBytes);
    }

    /// <summary>Maps a JSON object onto a <see cref="GraphQLRequest"/>; an array is a batch, which is not supported.</summary>
    public GraphQLRequest Parse(JsonElement body)
    {
        if (body.ValueKind == JsonValueKind.Array)
        {
            throw new BatchedRequestsNotSupportedError();
        }

        if (body.ValueKind != JsonValueKind.Object)
        {
            throw new JsonInvalidError("The request body must be a JSON object.");
        }

        var request = new GraphQLRequest();
        foreach (var property in body.EnumerateObject())
        {
            switch (property.Name)
            {
                case "query":
                    request.Query = property.Value.ValueKind == JsonValueKind.String ? _queryTexts.Read(property.Value) : ReadString(property.Value, "query");
                    break;
                case "operationName":
                    request.OperationName = NullIfEmpty(ReadString(property.Value, "operationName"));
                    break;
                case "documentId":
                    request.DocumentId = ReadString(property.Value, "documentId");
                    break;
                case "variables":
                    request.Variables = ToInputs(property.Value, static () => new InvalidVariablesError());
                    break;
                case "extensions":
                    request.Extensions = ToInputs(property.Value, static () => new InvalidRequestParameterError(
                        "The 'extensions' parameter must be a JSON object."));
                    break;
            }
        }

        return request;
    }

    /// <summary>Reads <c>query</c>, <c>documentId</c>, <c>operationName</c>, <c>variables</c> and <c>extensions</c> from URL parameters.</summary>
    /// <param name="parameter">Returns a parameter's single value, or <see langword="null"/> when it is absent.</param>
    public GraphQLRequest Parse(Func<string, string?> parameter)
    {
        ArgumentNullException.ThrowIfNull(parameter);
        return new GraphQLRequest
        {
            Query = NullIfEmpty(parameter("query")),
            DocumentId = NullIfEmpty(parameter("documentId")),
            OperationName = NullIfEmpty(parameter("operationName")),
            Variables = ParseJsonParameter(parameter("variables"), static () => new InvalidVariablesError(
                "The 'variables' parameter must be a JSON object encoded in the URL.")),
            Extensions = ParseJsonParameter(parameter("extensions"), static () => new InvalidRequestParameterError(
                "The 'extensions' parameter must be a JSON object encoded in the URL.")),
        };
    }

    /// <summary>Converts a JSON object (or null) to engine inputs; anything else is refused with <paramref name="invalid"/>.</summary>
    public Inputs? ToInputs(JsonElement value, Func<ExecutionError> invalid)
    {
        ArgumentNullException.ThrowIfNull(invalid);
        switch (value.ValueKind)
        {
            case JsonValueKind.Null:
                return null;
            case JsonValueKind.Object:
                try
                {
                    return _serializer.ReadNode<Inputs>(value);
                }
                catch (JsonException)
                {
                    throw invalid();
                }

            default:
                throw invalid();
        }
    }

    private Inputs? ParseJsonParameter(string? json, Func<ExecutionError> invalid)
    {
        if (string.IsNullOrEmpty(json))
        {
            return null;
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException)
        {
            throw invalid();
        }

        using (document)
        {
            return ToInputs(document.RootElement, invalid);
        }
    }

    private static string? ReadString(JsonElement value, string name) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Null => null,
        _ => throw new InvalidRequestParameterError($"The '{name}' parameter must be a string."),
    };

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
