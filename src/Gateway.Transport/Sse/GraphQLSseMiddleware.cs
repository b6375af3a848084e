using System.Net;
using Gateway.Transport.Errors;
using Gateway.Transport.Execution;
using Gateway.Transport.Http;
using Gateway.Transport.Pipeline;
using Gateway.Transport.Subscriptions;
using GraphQL;
using GraphQL.Transport;
using GraphQL.Types;
using GraphQL.Validation;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace Gateway.Transport.Sse;

/// <summary>
/// Serves GraphQL over Server-Sent Events as graphql-sse's <c>PROTOCOL.md</c> describes, in both of its modes (see
/// <see cref="GraphQLSseProtocol"/>). It takes the requests of the protocol (an event-stream <c>GET</c> or <c>POST</c>,
/// <c>PUT</c>, <c>DELETE</c>, and anything carrying a reservation token) and passes every other request to the next
/// middleware unchanged, so it goes before <see cref="GraphQLHttpMiddleware{TSchema}"/> in the endpoint's pipeline.
/// Every operation runs through <see cref="IGraphQLRequestExecutor{TSchema}"/>.
/// </summary>
/// <remarks>
/// A single-connection operation outlives the <c>POST</c> that started it: its <see cref="HttpContext"/> is valid only
/// while the executor runs, and its services come from a scope of its own that lives as long as the operation.
/// Reservations are held in memory by this instance (<see cref="SseReservationStore"/>).
/// </remarks>
/// <typeparam name="TSchema">The schema requests run against.</typeparam>
public class GraphQLSseMiddleware<TSchema>
    where TSchema : ISchema
{
    private static readonly IReadOnlyList<IValidationRule> GetRules = [SseGetValidationRule.Instance];
    private static readonly IReadOnlyList<IValidationRule> PostRules = [];
    private static readonly string[] ProtocolMethods = [HttpMethods.Get, HttpMethods.Post, HttpMethods.Put, HttpMethods.Delete];

    private readonly RequestDelegate _next;
    private readonly IServiceScopeFactory _scopeFactory;
    private readonly IHostApplicationLifetime _lifetime;

    /// <summary>Creates the middleware; ASP.NET Core resolves the services.</summary>
    public GraphQLSseMiddleware(
        RequestDelegate next,
        IGraphQLRequestExecutor<TSchema> executor,
        GraphQLRequestReader reader,
        IGraphQLTextSerializer serializer,
        SseReservationStore reservations,
        ClientConnectionLimiter connectionLimiter,
        IOptions<GraphQLSubscriptionOptions> subscriptionOptions,
        IOptions<GraphQLHttpOptions> httpOptions,
        IServiceScopeFactory scopeFactory,
        IHostApplicationLifetime lifetime,
        TimeProvider timeProvider,
        ILogger<GraphQLSseMiddleware<TSchema>> logger)
    {
        _next = next;
        _scopeFactory = scopeFactory;
        _lifetime = lifetime;
        Executor = executor;
        Reader = reader;
        Serializer = serializer;
        Reservations = reservations;
        ConnectionLimiter = connectionLimiter;
        SubscriptionOptions = subscriptionOptions.Value;
        HttpOptions = httpOptions.Value;
        TimeProvider = timeProvider;
        Logger = logger;
    }

    /// <summary>Executes parsed requests.</summary>
    protected IGraphQLRequestExecutor<TSchema> Executor { get; }

    /// <summary>Reads and checks requests (shared with the HTTP transport).</summary>
    protected GraphQLRequestReader Reader { get; }

    /// <summary>Writes results.</summary>
    protected IGraphQLTextSerializer Serializer { get; }

    /// <summary>The single-connection reservations.</summary>
    protected SseReservationStore Reservations { get; }

    /// <summary>Counts each client's streaming connections (shared with the WebSocket transport).</summary>
    protected ClientConnectionLimiter ConnectionLimiter { get; }

    /// <summary>The streaming limits.</summary>
    protected GraphQLSubscriptionOptions SubscriptionOptions { get; }

    /// <summary>The HTTP options: body size (through the reader) and the default response media type of refusals.</summary>
    protected GraphQLHttpOptions HttpOptions { get; }

    /// <summary>The clock of keep-alives and timeouts.</summary>
    protected TimeProvider TimeProvider { get; }

    /// <summary>The transport's logger.</summary>
    protected ILogger Logger { get; }

    /// <summary>Handles one HTTP request.</summary>
    public virtual async Task InvokeAsync(HttpContext context)
    {
        if (!ShouldHandle(context))
        {
            await _next(context);
            return;
        }

        // A stream ends when its client goes or the server stops (so that a shutdown is not held up by open streams).
        using var ending = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, _lifetime.ApplicationStopping);
        var cancellationToken = ending.Token;
        try
        {
            await HandleRequestAsync(context, cancellationToken);
        }
        catch (Exception ex) when (cancellationToken.IsCancellationRequested)
        {
            SseTransportLog.ClientDisconnected(Logger, ex.GetType().Name);
        }
        catch (SubscriberTooSlowException)
        {
            // Logged when the buffer overflowed, and aborted from there; but the stream may have drained its buffer and
            // got here first, and it must not end cleanly: the client has to see that it missed results.
            context.Abort();
        }
        catch (Exception ex)
        {
            await HandleUnexpectedExceptionAsync(context, ex);
        }
    }

    /// <summary>
    /// True for the protocol's requests: a <c>GET</c> or <c>POST</c> whose <c>Accept</c> prefers
    /// <c>text/event-stream</c>, any <c>PUT</c> (a reservation) or <c>DELETE</c> (stop an operation), and any request
    /// carrying a reservation token. Plain GraphQL-over-HTTP requests go to the next middleware.
    /// </summary>
    protected virtual bool ShouldHandle(HttpContext context)
    {
        var request = context.Request;
        var method = request.Method;
        return HttpMethods.IsPut(method)
            || HttpMethods.IsDelete(method)
            || ReadToken(request) is not null
            || ((HttpMethods.IsGet(method) || HttpMethods.IsPost(method)) && SseAcceptHeader.PrefersEventStream(request.Headers.Accept));
    }

    /// <summary>Dispatches on the method, the <c>Accept</c> header and the token; request errors become JSON error responses.</summary>
    protected virtual async Task HandleRequestAsync(HttpContext context, CancellationToken cancellationToken)
    {
        var request = context.Request;
        var method = request.Method;
        var token = ReadToken(request);
        try
        {
            if (HttpMethods.IsPut(method))
            {
                await ReserveAsync(context, cancellationToken);
            }
            else if (HttpMethods.IsDelete(method))
            {
                await StopOperationAsync(context, token, cancellationToken);
            }
            else if (!HttpMethods.IsGet(method) && !HttpMethods.IsPost(method))
            {
                throw new HttpMethodValidationError(
                    $"HTTP method {method} is not part of the GraphQL over SSE protocol; use {string.Join(", ", ProtocolMethods)}.",
                    ProtocolMethods);
            }
            else if (SseAcceptHeader.PrefersEventStream(request.Headers.Accept))
            {
                await (token is null
                    ? StreamDistinctAsync(context, cancellationToken)
                    : StreamReservationAsync(context, token, cancellationToken));
            }
            else
            {
                await StartOperationAsync(context, token, cancellationToken);
            }
        }
        catch (ExecutionError error) when (error is IHasHttpStatusCode && !context.Response.HasStarted)
        {
            await WriteErrorAsync(context, error, GraphQLMediaTypes.Json, cancellationToken);
        }
    }

    /// <summary>The reservation token of a request: the header, else the <c>token</c> URL parameter (<c>EventSource</c>).</summary>
    protected static string? ReadToken(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var header = request.Headers[GraphQLSseProtocol.TokenHeader];
        if (!StringValues.IsNullOrEmpty(header))
        {
            return header.ToString();
        }

        var parameter = request.Query[GraphQLSseProtocol.TokenQueryParameter];
        return StringValues.IsNullOrEmpty(parameter) ? null : parameter.ToString();
    }

    /// <summary>Distinct connections mode: this request's own stream of one operation's results.</summary>
    protected virtual async Task StreamDistinctAsync(HttpContext context, CancellationToken cancellationToken)
    {
        using var connection = ConnectionLimiter.TryAcquire(context) ?? throw new SseTooManyConnectionsError();
        var request = await ReadRequestAsync(context, cancellationToken);
        ValidateRequest(request);
        var result = await ExecuteAsync(context, request, cancellationToken);
        if (RefusedBeforeStream(result) is { } refusal)
        {
            // A refusal that names its status (a mutation over GET → 405) is an HTTP answer, as graphql-sse's server
            // gives it; every other error before execution (syntax, validation) is reported on the stream, as the
            // protocol requires, so that an EventSource can read it.
            SseTransportLog.RequestRejected(Logger, refusal.Code, refusal.Message);
            await WriteJsonAsync(context, result, ((IHasHttpStatusCode)refusal).StatusCode, GraphQLMediaTypes.Json, cancellationToken);
            return;
        }

        var events = new SseEventStream(SubscriptionOptions.MaxBufferedResults);
        var aborter = new ResponseAborter(context);
        await StartEventStreamAsync(context, events, cancellationToken);
        SseTransportLog.StreamOpened(Logger, "distinct");
        var pumping = events.PumpAsync(context.Response.BodyWriter, SubscriptionOptions.KeepAliveInterval, TimeProvider, cancellationToken);
        try
        {
            var results = ExecutionResultStream.ReadAsync(result, SubscriptionOptions.MaxBufferedResults, () => OnTooSlow(aborter.Abort), cancellationToken);
            await foreach (var next in results)
            {
                await events.WriteAsync(SseMessages.Next(Serializer.Serialize(next)), cancellationToken);
            }

            await events.WriteAsync(SseMessages.Complete, cancellationToken);
            events.Complete();
            await pumping;
            SseTransportLog.StreamEnded(Logger, "distinct", "completed");
        }
        finally
        {
            events.Complete();
            aborter.Detach();
            await ObserveAsync(pumping);
        }
    }

    /// <summary>Single connection mode, <c>PUT</c>: makes a reservation → 201 with its token.</summary>
    protected virtual async Task ReserveAsync(HttpContext context, CancellationToken cancellationToken)
    {
        if (!SseAcceptHeader.AcceptsPlainText(context.Request.Headers.Accept))
        {
            throw new NotAcceptableError("A reservation token is text/plain; accept 'text/plain' or '*/*'.");
        }

        var reservation = Reservations.Reserve(context);
        var response = context.Response;
        response.StatusCode = StatusCodes.Status201Created;
        response.ContentType = "text/plain; charset=utf-8";
        response.Headers.CacheControl = "no-store";
        await response.WriteAsync(reservation.Token, cancellationToken);
    }

    /// <summary>Single connection mode: the one event stream of a reservation (→ 404 unknown token, 409 already open).</summary>
    protected virtual async Task StreamReservationAsync(HttpContext context, string token, CancellationToken cancellationToken)
    {
        var reservation = Reservations.Find(token) ?? throw new SseStreamNotFoundError();
        switch (reservation.TryOpenStream(context.Abort))
        {
            case SseReservation.OpenResult.AlreadyOpen:
                throw new SseStreamAlreadyOpenError();
            case SseReservation.OpenResult.Closed:
                throw new SseStreamNotFoundError();
        }

        var reason = "the client went away";
        try
        {
            await StartEventStreamAsync(context, reservation.Events, cancellationToken);
            SseTransportLog.StreamOpened(Logger, "single");
            await reservation.Events.PumpAsync(context.Response.BodyWriter, SubscriptionOptions.KeepAliveInterval, TimeProvider, cancellationToken);
            reason = "the reservation ended";
        }
        finally
        {
            reservation.EndStream(reason);
            SseTransportLog.StreamEnded(Logger, "single", reason);
        }
    }

    /// <summary>
    /// Single connection mode, <c>POST</c> (or <c>GET</c>) with a token and <c>extensions.operationId</c>: executes the
    /// operation → 202, its results follow on the reservation's stream. Request and validation errors are answered
    /// here, as GraphQL over HTTP answers them.
    /// </summary>
    protected virtual async Task StartOperationAsync(HttpContext context, string? token, CancellationToken cancellationToken)
    {
        var reservation = (token is null ? null : Reservations.Find(token)) ?? throw new SseStreamNotFoundError();
        var mediaType = AcceptHeader.SelectResponseMediaType(context.Request.Headers.Accept, HttpOptions.DefaultResponseMediaType)
            ?? throw new NotAcceptableError();
        var request = await ReadRequestAsync(context, cancellationToken);
        ValidateRequest(request);
        var operationId = OperationIdOf(request) ?? throw new SseOperationIdMissingError();
        SseOperation? operation;
        switch (reservation.TryAddOperation(operationId, SubscriptionOptions.MaxOperationsPerConnection, out operation))
        {
            case SseReservation.AddResult.Conflict:
                throw new SseOperationIdConflictError();
            case SseReservation.AddResult.TooMany:
                throw new SseTooManyOperationsError();
            case SseReservation.AddResult.Closed:
                throw new SseStreamNotFoundError();
        }

        var scope = _scopeFactory.CreateAsyncScope();
        var started = false;
        try
        {
            ExecutionResult result;
            try
            {
                result = await ExecuteInScopeAsync(context, request, scope.ServiceProvider, operation!.Token);
            }
            catch (OperationCanceledException) when (operation!.Token.IsCancellationRequested)
            {
                // Stopped (DELETE) or its reservation ended while it was being executed: nothing to stream.
                context.Response.StatusCode = StatusCodes.Status204NoContent;
                return;
            }

            if (operation!.Token.IsCancellationRequested)
            {
                // Stopped while it was executed but before anything was subscribed: nothing to stream.
                context.Response.StatusCode = StatusCodes.Status204NoContent;
                return;
            }

            if (!result.Executed)
            {
                var error = result.Errors?.FirstOrDefault();
                SseTransportLog.RequestRejected(Logger, error?.Code, error?.Message ?? "not executed");
                await WriteJsonAsync(context, result, ExecutionResultStatusCode.Select(result, mediaType), mediaType, cancellationToken);
                return;
            }

            context.Response.StatusCode = StatusCodes.Status202Accepted;
            SseTransportLog.OperationAccepted(Logger, operationId);
            started = true;
            _ = RunOperationAsync(reservation, operation, result, scope);
        }
        finally
        {
            if (!started)
            {
                reservation.RemoveOperation(operation!);
                operation!.Dispose();
                await scope.DisposeAsync();
            }
        }
    }

    /// <summary>Single connection mode, <c>DELETE ?operationId=…</c> with a token: stops the operation → 200.</summary>
    protected virtual Task StopOperationAsync(HttpContext context, string? token, CancellationToken cancellationToken)
    {
        var reservation = (token is null ? null : Reservations.Find(token)) ?? throw new SseStreamNotFoundError();
        var operationId = context.Request.Query[GraphQLSseProtocol.OperationIdKey];
        if (StringValues.IsNullOrEmpty(operationId))
        {
            throw new SseOperationIdMissingError();
        }

        reservation.StopOperation(operationId.ToString());
        context.Response.StatusCode = StatusCodes.Status200OK;
        return Task.CompletedTask;
    }

    /// <summary>Reads the GraphQL request from the URL (<c>GET</c>) or the JSON body (<c>POST</c>).</summary>
    protected virtual ValueTask<GraphQLRequest> ReadRequestAsync(HttpContext context, CancellationToken cancellationToken)
        => Reader.ReadAsync(context.Request, cancellationToken);

    /// <summary>Checks the parsed request before execution: a document is required.</summary>
    protected virtual void ValidateRequest(GraphQLRequest request) => GraphQLRequestReader.EnsureDocument(request);

    /// <summary>Executes the request with the rules of its method (no mutation over <c>GET</c>).</summary>
    protected virtual Task<ExecutionResult> ExecuteAsync(HttpContext context, GraphQLRequest request, CancellationToken cancellationToken)
        => Executor.ExecuteAsync(context, request, HttpMethods.IsGet(context.Request.Method) ? GetRules : PostRules, cancellationToken);

    /// <summary>
    /// The status-bearing error that refuses a result before any stream starts (a mutation over <c>GET</c> → 405), or
    /// <see langword="null"/> when the result (possibly only errors) goes on the stream; an error whose status is 200
    /// (<c>PersistedQueryNotFound</c>) goes there too.
    /// </summary>
    protected virtual ExecutionError? RefusedBeforeStream(ExecutionResult result)
        => result.Executed ? null : result.Errors?.FirstOrDefault(static e => e is IHasHttpStatusCode { StatusCode: not HttpStatusCode.OK });

    /// <summary>Writes the event-stream headers and flushes them at once, with a first comment (some browsers wait for a byte).</summary>
    private static async Task StartEventStreamAsync(HttpContext context, SseEventStream events, CancellationToken cancellationToken)
    {
        var response = context.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = GraphQLSseProtocol.EventStreamMediaType + "; charset=utf-8";
        response.Headers.CacheControl = "no-cache";
        // nginx buffers proxied responses unless told not to; a buffered event stream delivers nothing.
        response.Headers["X-Accel-Buffering"] = "no";
        context.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();
        await response.StartAsync(cancellationToken);
        await response.BodyWriter.FlushAsync(cancellationToken);
        events.TryWrite(SseMessages.KeepAlive);
    }

    private async Task<ExecutionResult> ExecuteInScopeAsync(HttpContext context, GraphQLRequest request, IServiceProvider services, CancellationToken cancellationToken)
    {
        // The operation outlives this request, whose scope ends with it: the engine keeps the services it is given
        // for every later event, so it gets the operation's own scope.
        var requestServices = context.RequestServices;
        context.RequestServices = services;
        try
        {
            return await ExecuteAsync(context, request, cancellationToken);
        }
        finally
        {
            context.RequestServices = requestServices;
        }
    }

    private async Task RunOperationAsync(SseReservation reservation, SseOperation operation, ExecutionResult result, AsyncServiceScope scope)
    {
        var reason = "completed";
        var events = reservation.Events;
        try
        {
            var results = ExecutionResultStream.ReadAsync(
                result,
                SubscriptionOptions.MaxBufferedResults,
                () => OnTooSlow(() => reservation.Close("the client did not read its results", abortStream: true)),
                operation.Token);
            await foreach (var next in results)
            {
                await events.WriteAsync(SseMessages.Next(operation.Id, Serializer.Serialize(next)), operation.Token);
            }

            await events.WriteAsync(SseMessages.CompleteOf(operation.Id), operation.Token);
        }
        catch (Exception) when (operation.Token.IsCancellationRequested || reservation.IsClosed)
        {
            reason = reservation.IsClosed ? "its reservation ended" : "stopped by the client";
        }
        catch (SubscriberTooSlowException)
        {
            // The overflow callback closes it too; whichever comes first does it.
            reason = "the client did not read its results";
            reservation.Close(reason, abortStream: true);
        }
        catch (Exception ex)
        {
            reason = "failed";
            SseTransportLog.OperationFailed(Logger, operation.Id, ex);
            var error = new ExecutionResult { Errors = new ExecutionErrors { new InternalServerError() } };
            if (events.TryWrite(SseMessages.Next(operation.Id, Serializer.Serialize(error))))
            {
                events.TryWrite(SseMessages.CompleteOf(operation.Id));
            }
        }
        finally
        {
            reservation.RemoveOperation(operation);
            operation.Dispose();
            try
            {
                await scope.DisposeAsync();
            }
            catch (Exception ex)
            {
                // Nobody awaits this task: a failing service disposal is logged, never left unobserved.
                SseTransportLog.OperationFailed(Logger, operation.Id, ex);
            }

            SseTransportLog.OperationEnded(Logger, operation.Id, reason);
        }
    }

    private static string? OperationIdOf(GraphQLRequest request)
        => request.Extensions is { } extensions
            && extensions.TryGetValue(GraphQLSseProtocol.OperationIdKey, out var value)
            && value is not null
            && Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) is { Length: > 0 } id
                ? id
                : null;

    // Runs on the event source's thread: whatever happens here must not reach the publisher.
    private void OnTooSlow(Action abort)
    {
        try
        {
            SseTransportLog.SubscriberTooSlow(Logger, SubscriptionOptions.MaxBufferedResults);
            abort();
        }
        catch (Exception ex)
        {
            SseTransportLog.UnexpectedError(Logger, ex);
        }
    }

    /// <summary>Writes a refusal as a GraphQL response with only <c>errors</c>.</summary>
    protected virtual Task WriteErrorAsync(HttpContext context, ExecutionError error, string mediaType, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(error);
        SseTransportLog.RequestRejected(Logger, error.Code, error.Message);
        var status = error is IHasHttpStatusCode withStatus ? withStatus.StatusCode : HttpStatusCode.BadRequest;
        return WriteJsonAsync(context, new ExecutionResult { Errors = new ExecutionErrors { error } }, status, mediaType, cancellationToken);
    }

    /// <summary>Writes status, headers and the serialized result.</summary>
    protected virtual async Task WriteJsonAsync(HttpContext context, ExecutionResult result, HttpStatusCode status, string mediaType, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(result);
        var response = context.Response;
        response.StatusCode = (int)status;
        response.ContentType = mediaType + "; charset=utf-8";
        if (result.Errors?.OfType<HttpMethodValidationError>().FirstOrDefault() is { } methodError)
        {
            response.Headers.Allow = string.Join(", ", methodError.AllowedMethods);
        }

        await Serializer.WriteAsync(response.Body, result, cancellationToken);
    }

    /// <summary>
    /// Logs an unexpected failure: before the response started, a 500 with a generic GraphQL error (the exception stays
    /// in the log); once a stream has started, the connection is aborted, so the client sees a failure, not an end.
    /// </summary>
    protected virtual async Task HandleUnexpectedExceptionAsync(HttpContext context, Exception exception)
    {
        SseTransportLog.UnexpectedError(Logger, exception);
        if (context.Response.HasStarted)
        {
            context.Abort();
            return;
        }

        context.Response.Clear();
        await WriteErrorAsync(context, new InternalServerError(), GraphQLMediaTypes.Json, context.RequestAborted);
    }

    private static async Task ObserveAsync(Task task)
    {
        try
        {
            await task;
        }
        catch (Exception)
        {
            // The pump fails when the client goes (or was cut off); the request's own outcome says why.
        }
    }

    /// <summary>Aborts a response only while its request is still running (the server reuses the context afterwards).</summary>
    private sealed class ResponseAborter(HttpContext context)
    {
        private readonly object _gate = new();
        private bool _detached;

        public void Abort()
        {
            lock (_gate)
            {
                if (!_detached)
                {
                    context.Abort();
                }
            }
        }

        public void Detach()
        {
            lock (_gate)
            {
                _detached = true;
            }
        }
    }
}
