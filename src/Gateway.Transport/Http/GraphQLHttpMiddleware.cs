using System.Buffers;
using System.Net;
using System.Text.Json;
using Gateway.Transport.Errors;
using Gateway.Transport.Execution;
using Gateway.Transport.PersistedOperations;
using Gateway.Transport.Pipeline;
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
        GraphQLRequestReader reader,
        IGraphQLTextSerializer serializer,
        IOptions<GraphQLHttpOptions> options,
        ILogger<GraphQLHttpMiddleware<TSchema>> logger)
    {
        _next = next;
        Executor = executor;
        Reader = reader;
        Serializer = serializer;
        Options = options.Value;
        Logger = logger;
    }

    /// <summary>Executes parsed requests.</summary>
    protected IGraphQLRequestExecutor<TSchema> Executor { get; }

    /// <summary>Reads and checks requests (shared with the SSE transport).</summary>
    protected GraphQLRequestReader Reader { get; }

    /// <summary>Writes results.</summary>
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
    /// (<c>GET</c>, no <c>query</c>, <c>documentId</c> or <c>extensions</c> parameter, <c>text/html</c> preferred). The next middleware of the
    /// endpoint's pipeline (the playground, once there is one) answers it.
    /// </summary>
    protected virtual bool ShouldDeferToNext(HttpContext context)
        => HttpMethods.IsGet(context.Request.Method)
            && !context.Request.Query.ContainsKey("query")
            && !context.Request.Query.ContainsKey("documentId")
            && !context.Request.Query.ContainsKey("extensions")
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
        => Reader.ReadAsync(context.Request, cancellationToken);

    /// <summary>
    /// Checks the parsed request before execution: a document is required. A persisted-document stage
    /// overrides this to accept <see cref="GraphQLRequest.DocumentId"/> alone.
    /// </summary>
    protected virtual void ValidateRequest(GraphQLRequest request) => GraphQLRequestReader.EnsureDocument(request);

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
        => ExecutionResultStatusCode.Select(result, mediaType);

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

        if (!result.Executed && result.Errors?.Any(static e => e is PersistedQueryNotFoundError) == true)
        {
            // A 200 that must not be cached: the same GET succeeds once the client has registered the query.
            response.Headers.CacheControl = "private, no-cache, must-revalidate";
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

    private static ExecutionResult ErrorResult(ExecutionError error) => new() { Errors = new ExecutionErrors { error } };
}
