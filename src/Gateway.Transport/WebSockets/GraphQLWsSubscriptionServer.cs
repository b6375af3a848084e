using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using Gateway.Transport.Authentication;
using Gateway.Transport.Errors;
using Gateway.Transport.Execution;
using Gateway.Transport.Pipeline;
using Gateway.Transport.Subscriptions;
using GraphQL;
using GraphQL.Transport;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser.AST;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Gateway.Transport.WebSockets;

/// <summary>
/// The <c>graphql-transport-ws</c> protocol (<see href="https://github.com/enisdenjo/graphql-ws/blob/master/PROTOCOL.md"/>)
/// over a <see cref="SubscriptionServer"/>: <c>connection_init</c> → <c>connection_ack</c> (or 4403 when
/// <see cref="OnConnectionInitAsync"/> denies it), <c>ping</c> → <c>pong</c>, and <c>subscribe</c> → <c>next</c>… then
/// <c>complete</c>, or <c>error</c> for a request that fails as a whole. Every operation (queries and mutations too)
/// executes through <see cref="IGraphQLRequestExecutor{TSchema}"/> with the socket's <see cref="HttpContext"/>, a service scope of its own and its
/// own cancellation. Close codes: <see cref="GraphQLWsCloseCodes"/>.
/// </summary>
/// <typeparam name="TSchema">The schema operations run against.</typeparam>
public class GraphQLWsSubscriptionServer<TSchema> : SubscriptionServer
    where TSchema : ISchema
{
    /// <summary>The WebSocket subprotocol of this protocol (not <c>graphql-ws</c>, the legacy subscriptions-transport-ws one).</summary>
    public const string Subprotocol = "graphql-transport-ws";

    private const int MaxCloseReasonBytes = 123;
    private static readonly IReadOnlyList<IValidationRule> NoTransportRules = [];

    private readonly IServiceScopeFactory _scopeFactory;
    private readonly IGraphQLRequestAuthenticator? _authenticator;
    private bool _connectionInitReceived;

    /// <summary>Creates the server for one accepted socket.</summary>
    public GraphQLWsSubscriptionServer(
        WebSocket socket,
        HttpContext context,
        IGraphQLRequestExecutor<TSchema> executor,
        GraphQLRequestParser parser,
        IGraphQLTextSerializer serializer,
        GraphQLSubscriptionOptions options,
        long maxMessageBytes,
        ILogger logger,
        TimeProvider timeProvider)
        : base(socket, context, serializer, options, maxMessageBytes, logger, timeProvider)
    {
        ArgumentNullException.ThrowIfNull(executor);
        ArgumentNullException.ThrowIfNull(parser);
        Executor = executor;
        Parser = parser;

        // Taken while the request is live: an operation's scope comes from the application's root, never from the
        // socket's request, which is over (and its context reused) once the socket has ended.
        _scopeFactory = context.RequestServices.GetRequiredService<IServiceScopeFactory>();
        _authenticator = context.RequestServices.GetService<IGraphQLRequestAuthenticator>();
    }

    /// <summary>Executes every operation.</summary>
    protected IGraphQLRequestExecutor<TSchema> Executor { get; }

    /// <summary>Reads <c>subscribe</c> payloads (shared with the HTTP transport, so the same request errors).</summary>
    protected GraphQLRequestParser Parser { get; }

    /// <summary>Validation rules the transport adds to the engine's (none: every operation type is allowed here).</summary>
    protected virtual IReadOnlyList<IValidationRule> TransportRules => NoTransportRules;

    /// <summary>
    /// The authorization hook: decides whether the connection is acknowledged, from the <c>connection_init</c> payload
    /// (e.g. a token) and <see cref="SubscriptionServer.Context"/>. Denied → the socket is closed with 4403 "Forbidden".
    /// By default: every connection when no <see cref="IGraphQLRequestAuthenticator"/> is registered; otherwise the
    /// connection whose token authenticates (the payload's <c>Authorization</c>, <c>authorization</c> or <c>token</c>, else
    /// the upgrade request's own headers), and its principal becomes the context's user for every operation.
    /// </summary>
    /// <param name="payload">The init message's payload object, if any (a copy: it may be kept).</param>
    /// <param name="cancellationToken">Cancelled when the connection closes.</param>
    protected virtual async ValueTask<bool> OnConnectionInitAsync(JsonElement? payload, CancellationToken cancellationToken)
    {
        if (_authenticator is null)
        {
            return true;
        }

        var result = await _authenticator.AuthenticateAsync(Context, GraphQLConnectionInitToken.Read(payload), cancellationToken);
        if (!result.Succeeded)
        {
            return false;
        }

        Context.User = result.Principal!;
        return true;
    }

    /// <summary>Checks a parsed request before execution: a document is required (a persisted-document stage overrides this).</summary>
    protected virtual void ValidateRequest(GraphQLRequest request) => GraphQLRequestReader.EnsureDocument(request);

    /// <inheritdoc />
    protected override async Task OnMessageReceivedAsync(ReadOnlyMemory<byte> message)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(message);
        }
        catch (JsonException)
        {
            await CloseInvalidMessageAsync("Invalid message received: not JSON");
            return;
        }

        using (document)
        {
            await OnMessageReceivedAsync(document.RootElement);
        }
    }

    /// <summary>Validates one message as <c>PROTOCOL.md</c> describes it and dispatches it by type; anything else is a 4400.</summary>
    protected virtual Task OnMessageReceivedAsync(JsonElement message)
    {
        if (message.ValueKind != JsonValueKind.Object)
        {
            return CloseInvalidMessageAsync("Invalid message received: not a JSON object");
        }

        if (!message.TryGetProperty("type", out var typeProperty) || typeProperty.ValueKind != JsonValueKind.String)
        {
            return CloseInvalidMessageAsync("Invalid message received: 'type' is missing or not a string");
        }

        var type = typeProperty.GetString();
        switch (type)
        {
            case GraphQLWsMessageType.ConnectionInit:
                return ReadOptionalPayload(message, type, out var initPayload) is { } invalidInit
                    ? CloseInvalidMessageAsync(invalidInit)
                    : OnConnectionInitMessageAsync(initPayload);
            case GraphQLWsMessageType.Ping:
                return ReadOptionalPayload(message, type, out var pingPayload) is { } invalidPing
                    ? CloseInvalidMessageAsync(invalidPing)
                    : OnPingAsync(pingPayload);
            case GraphQLWsMessageType.Pong:
                // An answer to a ping or an unsolicited heartbeat: nothing to do once it is valid.
                return ReadOptionalPayload(message, type, out _) is { } invalidPong
                    ? CloseInvalidMessageAsync(invalidPong)
                    : Task.CompletedTask;
            case GraphQLWsMessageType.Subscribe:
                return OnSubscribeMessageAsync(message);
            case GraphQLWsMessageType.Complete:
                if (ReadId(message, type, out var completedId) is { } invalidComplete)
                {
                    return CloseInvalidMessageAsync(invalidComplete);
                }

                TryCancelOperation(completedId);
                return Task.CompletedTask;
            case GraphQLWsMessageType.ConnectionAck or GraphQLWsMessageType.Next or GraphQLWsMessageType.Error:
                return CloseInvalidMessageAsync($"Invalid message received: '{type}' is sent by servers only");
            default:
                return CloseInvalidMessageAsync("Invalid message received: unknown type");
        }
    }

    /// <inheritdoc />
    protected override Task OnConnectionInitTimeoutAsync()
        => CloseAsync(GraphQLWsCloseCodes.ConnectionInitialisationTimeout, GraphQLWsCloseCodes.ConnectionInitialisationTimeoutReason);

    /// <inheritdoc />
    protected override Task OnUnexpectedErrorAsync(Exception exception)
        => CloseAsync(GraphQLWsCloseCodes.InternalServerError, GraphQLWsCloseCodes.InternalServerErrorReason);

    /// <summary>Runs one operation: executes it, then sends its results and <c>complete</c>, or <c>error</c> when it fails as a request.</summary>
    protected virtual async Task RunOperationAsync(SubscriptionOperation operation, GraphQLRequest request)
    {
        ArgumentNullException.ThrowIfNull(operation);

        // Stopped before it started (the socket is closing): the request may already be over, so touch nothing of it.
        if (operation.CancellationToken.IsCancellationRequested)
        {
            return;
        }

        // A scope per operation, for as long as it runs: the socket's own scope lives as long as the socket.
        await using var scope = _scopeFactory.CreateAsyncScope();
        try
        {
            var result = await Executor.ExecuteAsync(Context, request, TransportRules, scope.ServiceProvider, operation.CancellationToken);
            if (IsRequestError(result))
            {
                await SendErrorAsync(operation, result.Errors);
                return;
            }

            await foreach (var next in ReadResultsAsync(result, operation))
            {
                if (!next.Executed)
                {
                    // The event stream failed: the engine's error (already safe to show) ends the operation.
                    await SendErrorAsync(operation, next.Errors);
                    return;
                }

                await SendMessageAsync(new OperationMessage { Id = operation.Id, Type = GraphQLWsMessageType.Next, Payload = next }, operation);
            }

            if (TryEndOperation(operation))
            {
                await SendMessageAsync(new OperationMessage { Id = operation.Id, Type = GraphQLWsMessageType.Complete });
            }
        }
        catch (Exception ex) when (!operation.CancellationToken.IsCancellationRequested && ex is not SubscriberTooSlowException)
        {
            // The message and stack stay in the log; the client learns only that this operation failed.
            WebSocketTransportLog.OperationFailed(Logger, operation.Id, ex);
            await SendErrorAsync(operation, new ExecutionErrors { new InternalServerError() });
        }
    }

    /// <summary>
    /// True when the result is a failure of the request as a whole, answered with <c>error</c>: it was not executed
    /// (parse or validation errors, …), or it is a subscription whose stream was refused.
    /// </summary>
    protected virtual bool IsRequestError(ExecutionResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return !result.Executed
            || (result.Operation?.Operation == OperationType.Subscription && !ExecutionResultStream.IsStream(result));
    }

    /// <summary>Ends the operation with an <c>error</c> message (no <c>complete</c> follows).</summary>
    protected async Task SendErrorAsync(SubscriptionOperation operation, ExecutionErrors? errors)
    {
        ArgumentNullException.ThrowIfNull(operation);
        if (TryEndOperation(operation))
        {
            WebSocketTransportLog.OperationRejected(Logger, operation.Id, errors?.FirstOrDefault()?.Code, errors?.FirstOrDefault()?.Message ?? "no errors");
            await SendMessageAsync(new OperationMessage
            {
                Id = operation.Id,
                Type = GraphQLWsMessageType.Error,
                Payload = errors is { Count: > 0 } ? errors : new ExecutionErrors { new InternalServerError() },
            });
        }
    }

    private static bool IsObjectOrNull(JsonElement value) => value.ValueKind is JsonValueKind.Object or JsonValueKind.Null;

    private async Task OnConnectionInitMessageAsync(JsonElement? payload)
    {
        if (_connectionInitReceived)
        {
            await CloseAsync(GraphQLWsCloseCodes.TooManyInitialisationRequests, GraphQLWsCloseCodes.TooManyInitialisationRequestsReason);
            return;
        }

        _connectionInitReceived = true;
        MarkConnectionInitReceived();
        if (!await OnConnectionInitAsync(payload?.Clone(), ConnectionClosing))
        {
            WebSocketTransportLog.ConnectionInitDenied(Logger);
            await CloseAsync(GraphQLWsCloseCodes.Forbidden, GraphQLWsCloseCodes.ForbiddenReason);
            return;
        }

        // Acknowledged before the ack is on its way, so a subscribe the client sends on receiving it is never early.
        TryInitialize();
        await SendMessageAsync(new OperationMessage { Type = GraphQLWsMessageType.ConnectionAck });
    }

    private Task OnPingAsync(JsonElement? payload)
        => SendMessageAsync(new OperationMessage { Type = GraphQLWsMessageType.Pong, Payload = payload });

    private async Task OnSubscribeMessageAsync(JsonElement message)
    {
        if (ReadId(message, GraphQLWsMessageType.Subscribe, out var id) is { } invalidId)
        {
            await CloseInvalidMessageAsync(invalidId);
            return;
        }

        if (!message.TryGetProperty("payload", out var payload) || payload.ValueKind != JsonValueKind.Object)
        {
            await CloseInvalidMessageAsync("Invalid message received: 'subscribe' needs a 'payload' object");
            return;
        }

        if (!IsInitialized)
        {
            await CloseAsync(GraphQLWsCloseCodes.Unauthorized, GraphQLWsCloseCodes.UnauthorizedReason);
            return;
        }

        if (IsOperationRunning(id))
        {
            await CloseAsync(GraphQLWsCloseCodes.SubscriberAlreadyExists, SubscriberAlreadyExistsReason(id));
            return;
        }

        GraphQLRequest request;
        try
        {
            request = Parser.Parse(payload);
            ValidateRequest(request);
        }
        catch (ExecutionError error)
        {
            await SendRejectionAsync(id, error);
            return;
        }

        switch (TryStartOperation(id, operation => RunOperationAsync(operation, request)))
        {
            case OperationStartResult.TooManyOperations:
                await SendRejectionAsync(id, new TooManyOperationsError(Options.MaxOperationsPerConnection));
                break;
            case OperationStartResult.AlreadyExists:
                await CloseAsync(GraphQLWsCloseCodes.SubscriberAlreadyExists, SubscriberAlreadyExistsReason(id));
                break;
        }
    }

    // An operation refused before it started: it never ran, so only its error message goes out.
    private Task SendRejectionAsync(string id, ExecutionError error)
    {
        WebSocketTransportLog.OperationRejected(Logger, id, error.Code, error.Message);
        return SendMessageAsync(new OperationMessage { Id = id, Type = GraphQLWsMessageType.Error, Payload = new ExecutionErrors { error } });
    }

    // The optional payload of init, ping and pong: an object, null or absent; returns what is wrong, if anything.
    private static string? ReadOptionalPayload(JsonElement message, string type, out JsonElement? payload)
    {
        payload = null;
        if (!message.TryGetProperty("payload", out var value))
        {
            return null;
        }

        if (!IsObjectOrNull(value))
        {
            return $"Invalid message received: the '{type}' payload must be an object";
        }

        payload = value.ValueKind == JsonValueKind.Object ? value : null;
        return null;
    }

    private static string? ReadId(JsonElement message, string type, out string id)
    {
        if (message.TryGetProperty("id", out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } text)
        {
            id = text;
            return null;
        }

        id = string.Empty;
        return $"Invalid message received: '{type}' needs a non-empty string 'id'";
    }

    private Task CloseInvalidMessageAsync(string reason)
    {
        WebSocketTransportLog.InvalidMessage(Logger, reason);
        return CloseAsync(GraphQLWsCloseCodes.BadRequest, LimitReason(reason, "Invalid message received"));
    }

    private static string SubscriberAlreadyExistsReason(string id)
        => LimitReason($"Subscriber for {id} already exists", "Subscriber already exists");

    // A close reason is at most 123 bytes of UTF-8; a long one (it may quote a client's id) is replaced.
    private static string LimitReason(string reason, string fallback)
        => Encoding.UTF8.GetByteCount(reason) <= MaxCloseReasonBytes ? reason : fallback;
}
