using System.Buffers;
using System.Net;
using System.Text.Json;
using Gateway.Transport.Errors;
using Gateway.Transport.Execution;
using GraphQL;
using GraphQL.Transport;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser.Exceptions;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using UnhandledError = GraphQL.Execution.UnhandledError;

namespace Gateway.Transport.Http;

/// <summary>
/// Serves GraphQL over HTTP as the GraphQL-over-HTTP specification describes: <c>POST</c> with an
/// <c>application/json</c> body and <c>GET</c> with URL parameters (queries only), answering in
/// <c>application/graphql-response+json</c> or <c>application/json</c> as the <c>Accept</c> header asks.
/// Every step is a small <see langword="protected virtual"/> method, so later stages (auth, limits,
/// persisted documents) can hook in by subclassing.
/// </summary>
/// <typeparam name="TSchema">The schema requests run against.</typeparam>
public class GraphQLHttpMiddleware<TSchema>
    where TSchema : ISchema
{
    private static readonly IReadOnlyList<IValidationRule> GetRules = [HttpGetValidationRule.Instance];
    private static readonly IReadOnlyList<IValidationRule> PostRules = [HttpPostValidationRule.Instance];
    private static readonly string[] GetAndPost = [HttpMethods.Get, HttpMethods.Post];
    private static readonly string[] PostOnly = [HttpMethods.Post];

    private readonly RequestDelegate _next;

    /// <summary>Creates the middleware; ASP.NET Core resolves the services.</summary>
    public GraphQLHttpMiddleware(
        RequestDelegate next,
        IGraphQLRequestExecutor<TSchema> executor,
        IGraphQLTextSerializer serializer,
        IOptions<GraphQLHttpOptions> options,
        ILogger<GraphQLHttpMiddleware<TSchema>> logger)
    {
        _next = next;
        Executor = executor;
        Serializer = serializer;
        Options = options.Value;
        Logger = logger;
    }

    /// <summary>Executes parsed requests.</summary>
    protected IGraphQLRequestExecutor<TSchema> Executor { get; }

    /// <summary>Reads variables and writes results.</summary>
    protected IGraphQLTextSerializer Serializer { get; }

    /// <summary>The validated transport options.</summary>
    protected GraphQLHttpOptions Options { get; }

    /// <summary>The transport's logger.</summary>
    protected ILogger Logger { get; }

    /// <summary>Handles one HTTP request.</summary>
    public virtual async Task InvokeAsync(HttpContext context)
    {
        if (ShouldDeferToNext(context))
        {
            await _next(context);
            return;
        }

        var cancellationToken = context.RequestAborted;
        try
        {
            await HandleRequestAsync(context, cancellationToken);
        }
        catch (Exception ex) when (cancellationToken.IsCancellationRequested)
        {
            // The client went away: nobody is left to answer, and it is no server fault worth an error log.
            HttpTransportLog.ClientDisconnected(Logger, ex.GetType().Name);
        }
        catch (Exception ex)
        {
            await HandleUnexpectedExceptionAsync(context, ex);
        }
    }

    /// <summary>
    /// True when the request is not for this middleware: a browser navigating to the endpoint
    /// (<c>GET</c>, no <c>query</c> parameter, <c>text/html</c> preferred). The next middleware of the
    /// endpoint's pipeline (the playground, once there is one) answers it.
    /// </summary>
    protected virtual bool ShouldDeferToNext(HttpContext context)
        => HttpMethods.IsGet(context.Request.Method)
            && !context.Request.Query.ContainsKey("query")
            && AcceptHeader.PrefersHtml(context.Request.Headers.Accept);

    /// <summary>Runs the steps: method, media type, parse, execute, write; request errors become GraphQL error responses.</summary>
    protected virtual async Task HandleRequestAsync(HttpContext context, CancellationToken cancellationToken)
    {
        var mediaType = SelectResponseMediaType(context);
        try
        {
            ValidateHttpMethod(context);
            if (mediaType is null)
            {
                throw new NotAcceptableError();
            }

            var request = await ReadRequestAsync(context, cancellationToken);
            ValidateRequest(request);
            var result = await ExecuteAsync(context, request, cancellationToken);
            await WriteResultAsync(context, result, mediaType, cancellationToken);
        }
        catch (ExecutionError error) when (error is IHasHttpStatusCode)
        {
            HttpTransportLog.RequestRejected(Logger, error.Code, error.Message);
            // A 406 still needs a body the client can read: plain JSON is the safest bet.
            await WriteResultAsync(context, ErrorResult(error), mediaType ?? GraphQLMediaTypes.Json, cancellationToken);
        }
    }

    /// <summary>
    /// Negotiates the response media type from the <c>Accept</c> header; <see langword="null"/> when the
    /// client accepts neither GraphQL media type (→ 406).
    /// </summary>
    protected virtual string? SelectResponseMediaType(HttpContext context)
        => AcceptHeader.SelectResponseMediaType(context.Request.Headers.Accept, Options.DefaultResponseMediaType);

    /// <summary>Accepts <c>POST</c>, and <c>GET</c> when enabled; anything else is a 405 with an <c>Allow</c> header.</summary>
    protected virtual void ValidateHttpMethod(HttpContext context)
    {
        var method = context.Request.Method;
        if (HttpMethods.IsPost(method) || (Options.EnableGetRequests && HttpMethods.IsGet(method)))
        {
            return;
        }

        var allowed = Options.EnableGetRequests ? GetAndPost : PostOnly;
        throw new HttpMethodValidationError(
            $"HTTP method {method} is not supported by the GraphQL endpoint; use {string.Join(" or ", allowed)}.",
            allowed);
    }

    /// <summary>Reads the GraphQL request from the URL (<c>GET</c>) or the body (<c>POST</c>).</summary>
    protected virtual ValueTask<GraphQLRequest> ReadRequestAsync(HttpContext context, CancellationToken cancellationToken)
        => HttpMethods.IsGet(context.Request.Method)
            ? ValueTask.FromResult(ReadGetRequest(context.Request))
            : ReadPostRequestAsync(context.Request, cancellationToken);

    /// <summary>Reads <c>query</c>, <c>operationName</c>, <c>variables</c> and <c>extensions</c> from the query string.</summary>
    protected virtual GraphQLRequest ReadGetRequest(HttpRequest request)
    {
        var parameters = request.Query;
        return new GraphQLRequest
        {
            Query = NullIfEmpty(SingleParameter(parameters, "query")),
            OperationName = NullIfEmpty(SingleParameter(parameters, "operationName")),
            Variables = ParseJsonParameter(SingleParameter(parameters, "variables"), static () => new InvalidVariablesError(
                "The 'variables' parameter must be a JSON object encoded in the URL.")),
            Extensions = ParseJsonParameter(SingleParameter(parameters, "extensions"), static () => new InvalidRequestParameterError(
                "The 'extensions' parameter must be a JSON object encoded in the URL.")),
        };
    }

    /// <summary>Checks the media type, reads the body within the size limit and parses it.</summary>
    protected virtual async ValueTask<GraphQLRequest> ReadPostRequestAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        EnsureJsonContentType(request);
        using var body = await ReadJsonBodyAsync(request, cancellationToken);
        return ParseRequestBody(body.RootElement);
    }

    /// <summary>Requires <c>Content-Type: application/json</c>, in UTF-8 when a charset is given (→ 415 otherwise).</summary>
    protected virtual void EnsureJsonContentType(HttpRequest request)
    {
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var contentType)
            || !contentType.MediaType.Equals(GraphQLMediaTypes.Json, StringComparison.OrdinalIgnoreCase)
            || (contentType.Charset.HasValue && !AcceptHeader.IsUtf8(contentType.Charset.Value)))
        {
            throw new InvalidContentTypeError();
        }
    }

    /// <summary>
    /// Buffers the body (at most <see cref="GraphQLHttpOptions.MaxRequestBodyBytes"/>, else 413) and parses a copy
    /// of it as JSON (→ 400 when empty or malformed).
    /// </summary>
    protected virtual async ValueTask<JsonDocument> ReadJsonBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var limit = Options.MaxRequestBodyBytes;
        if (request.ContentLength > limit)
        {
            throw new PayloadTooLargeError();
        }

        var reader = request.BodyReader;
        try
        {
            while (true)
            {
                var read = await reader.ReadAsync(cancellationToken);
                var buffer = read.Buffer;
                if (buffer.Length > limit)
                {
                    reader.AdvanceTo(buffer.End);
                    throw new PayloadTooLargeError();
                }

                if (read.IsCompleted)
                {
                    try
                    {
                        return ParseJson(buffer);
                    }
                    finally
                    {
                        reader.AdvanceTo(buffer.End);
                    }
                }

                // Nothing consumed yet: ask for more data on top of what is buffered.
                reader.AdvanceTo(buffer.Start, buffer.End);
            }
        }
        catch (BadHttpRequestException ex)
        {
            // The server itself refused the body (its own size limit, a broken chunked encoding, …).
            throw ex.StatusCode == StatusCodes.Status413PayloadTooLarge
                ? new PayloadTooLargeError()
                : new JsonInvalidError("The request body could not be read.");
        }
    }

    /// <summary>
    /// Maps the JSON body onto a <see cref="GraphQLRequest"/>, strictly: an array is a batch (not supported),
    /// and every known parameter must have the type the specification gives it. Unknown members are ignored.
    /// </summary>
    protected virtual GraphQLRequest ParseRequestBody(JsonElement body)
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
                    request.Query = ReadString(property.Value, "query");
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

    /// <summary>
    /// Checks the parsed request before execution: a document is required. A persisted-document stage
    /// overrides this to accept <see cref="GraphQLRequest.DocumentId"/> alone.
    /// </summary>
    protected virtual void ValidateRequest(GraphQLRequest request)
    {
        if (request.Query is null)
        {
            throw new QueryMissingError();
        }
    }

    /// <summary>Executes the request with the rules of its HTTP method (queries only over GET; no subscriptions).</summary>
    protected virtual Task<ExecutionResult> ExecuteAsync(HttpContext context, GraphQLRequest request, CancellationToken cancellationToken)
        => Executor.ExecuteAsync(
            context,
            request,
            HttpMethods.IsGet(context.Request.Method) ? GetRules : PostRules,
            cancellationToken);

    /// <summary>
    /// The status code for a result. Executed (data present, even null) → 200. Otherwise an error that names
    /// its status wins (405 for a mutation over GET, …); then <c>application/json</c> keeps 200, as the spec
    /// asks for any well-formed request, while <c>application/graphql-response+json</c> gets 400
    /// (500 when the engine itself failed).
    /// </summary>
    protected virtual HttpStatusCode SelectStatusCode(ExecutionResult result, string mediaType)
    {
        if (result.Executed)
        {
            return HttpStatusCode.OK;
        }

        if (result.Errors?.OfType<IHasHttpStatusCode>().FirstOrDefault() is { } withStatus)
        {
            return withStatus.StatusCode;
        }

        if (mediaType != GraphQLMediaTypes.GraphQLResponseJson)
        {
            return HttpStatusCode.OK;
        }

        // A document the parser refuses (too deep, too many tokens) is the client's request error, not a server fault.
        return result.Errors?.Any(static e => e is UnhandledError { InnerException: not GraphQLParserException }) == true
            ? HttpStatusCode.InternalServerError
            : HttpStatusCode.BadRequest;
    }

    /// <summary>
    /// Writes status, headers and the serialized result straight to the response body; a failure while
    /// serializing is logged and aborts the connection.
    /// </summary>
    protected virtual async Task WriteResultAsync(HttpContext context, ExecutionResult result, string mediaType, CancellationToken cancellationToken)
    {
        var response = context.Response;
        response.StatusCode = (int)SelectStatusCode(result, mediaType);
        response.ContentType = mediaType + "; charset=utf-8";
        if (HttpMethods.IsGet(context.Request.Method))
        {
            // GET responses may be cached, and their shape depends on the negotiated media type.
            response.Headers.Vary = HeaderNames.Accept;
        }

        if (!result.Executed && result.Errors?.OfType<HttpMethodValidationError>().FirstOrDefault() is { } methodError)
        {
            response.Headers.Allow = string.Join(", ", methodError.AllowedMethods);
        }

        try
        {
            await Serializer.WriteAsync(response.Body, result, cancellationToken);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            // Part of the body may already be buffered or sent, so no clean error response is possible:
            // cut the connection rather than let the client read a truncated document as complete.
            HttpTransportLog.ResponseWriteFailed(Logger, ex);
            context.Abort();
        }
    }

    /// <summary>
    /// Logs an unexpected failure and answers 500 with a generic GraphQL error: the exception's message and
    /// stack stay in the log. If the response had already started, the connection is aborted instead so that
    /// the client cannot take a truncated body for a complete one.
    /// </summary>
    protected virtual async Task HandleUnexpectedExceptionAsync(HttpContext context, Exception exception)
    {
        HttpTransportLog.UnexpectedError(Logger, exception);
        if (context.Response.HasStarted)
        {
            context.Abort();
            return;
        }

        context.Response.Clear();
        var mediaType = SelectResponseMediaType(context) ?? GraphQLMediaTypes.Json;
        await WriteResultAsync(context, ErrorResult(new InternalServerError()), mediaType, context.RequestAborted);
    }

    /// <summary>Converts a JSON object (or null) to engine inputs; anything else is refused with <paramref name="invalid"/>.</summary>
    protected Inputs? ToInputs(JsonElement value, Func<ExecutionError> invalid)
    {
        ArgumentNullException.ThrowIfNull(invalid);
        switch (value.ValueKind)
        {
            case JsonValueKind.Null:
                return null;
            case JsonValueKind.Object:
                try
                {
                    return Serializer.ReadNode<Inputs>(value);
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

    private static JsonDocument ParseJson(ReadOnlySequence<byte> body)
    {
        if (body.IsEmpty)
        {
            throw new JsonInvalidError("The request body is empty; send a JSON object with a 'query'.");
        }

        try
        {
            // A document parsed from a sequence keeps reading that memory, and the pipe reuses it for other
            // requests once the body is consumed: the document must own a copy.
            return JsonDocument.Parse(body.ToArray());
        }
        catch (JsonException)
        {
            throw new JsonInvalidError();
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

    private static string? ReadString(JsonElement value, string name) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Null => null,
        _ => throw new InvalidRequestParameterError($"The '{name}' parameter must be a string."),
    };

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;

    private static ExecutionResult ErrorResult(ExecutionError error) => new() { Errors = new ExecutionErrors { error } };
}
