using System.Net.WebSockets;
using Gateway.Transport.Execution;
using Gateway.Transport.Http;
using Gateway.Transport.Pipeline;
using Gateway.Transport.Subscriptions;
using GraphQL;
using GraphQL.Types;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Gateway.Transport.WebSockets;

/// <summary>
/// Serves GraphQL over WebSockets at an endpoint: accepts upgrade requests that offer the <c>graphql-transport-ws</c>
/// subprotocol and runs a <see cref="SubscriptionServer"/> for each socket until it closes; every other request goes
/// on to the next middleware (the HTTP transport). Put it before <see cref="GraphQLHttpMiddleware{TSchema}"/> in the
/// endpoint's pipeline (<see cref="GraphQLWebSocketApplicationBuilderExtensions.UseGraphQLWebSockets{TSchema}"/>).
/// <list type="bullet">
/// <item>No supported subprotocol offered: the socket is accepted and closed with 4406 "Subprotocol not acceptable",
/// as the graphql-ws server does (<see cref="OnSubprotocolNotAcceptableAsync"/>).</item>
/// <item>The client (remote address) already holds <see cref="GraphQLSubscriptionOptions.MaxConnectionsPerClient"/>
/// streaming connections (WebSocket and SSE together): accepted and closed with 4429 "Too many connections"
/// (<see cref="OnTooManyConnectionsAsync"/>).</item>
/// <item>Keep-alive: the WebSocket's own ping every <see cref="GraphQLSubscriptionOptions.KeepAliveInterval"/>; a
/// client that has not answered one within another interval is cut off.</item>
/// <item>Server shutdown closes every socket with 1001.</item>
/// </list>
/// Subclass it to speak another subprotocol or to use a subclass of the server (<see cref="CreateSubscriptionServer"/>).
/// </summary>
/// <typeparam name="TSchema">The schema operations run against.</typeparam>
public class GraphQLWebSocketMiddleware<TSchema>
    where TSchema : ISchema
{
    private static readonly IReadOnlyList<string> GraphQLWsOnly = [GraphQLWsSubscriptionServer<TSchema>.Subprotocol];

    private readonly RequestDelegate _next;

    /// <summary>Creates the middleware; ASP.NET Core resolves the services.</summary>
    public GraphQLWebSocketMiddleware(
        RequestDelegate next,
        IGraphQLRequestExecutor<TSchema> executor,
        GraphQLRequestParser parser,
        IGraphQLTextSerializer serializer,
        ClientConnectionLimiter connectionLimiter,
        IOptions<GraphQLSubscriptionOptions> options,
        IOptions<GraphQLHttpOptions> httpOptions,
        IHostApplicationLifetime lifetime,
        TimeProvider timeProvider,
        ILogger<GraphQLWebSocketMiddleware<TSchema>> logger)
    {
        _next = next;
        Executor = executor;
        Parser = parser;
        Serializer = serializer;
        ConnectionLimiter = connectionLimiter;
        Options = options.Value;
        MaxMessageBytes = httpOptions.Value.MaxRequestBodyBytes;
        Lifetime = lifetime;
        TimeProvider = timeProvider;
        Logger = logger;
    }

    /// <summary>Executes the operations.</summary>
    protected IGraphQLRequestExecutor<TSchema> Executor { get; }

    /// <summary>Reads <c>subscribe</c> payloads.</summary>
    protected GraphQLRequestParser Parser { get; }

    /// <summary>Writes every message.</summary>
    protected IGraphQLTextSerializer Serializer { get; }

    /// <summary>Counts each client's streaming connections.</summary>
    protected ClientConnectionLimiter ConnectionLimiter { get; }

    /// <summary>The streaming limits.</summary>
    protected GraphQLSubscriptionOptions Options { get; }

    /// <summary>The largest incoming message: the same as an HTTP request body (<see cref="GraphQLHttpOptions.MaxRequestBodyBytes"/>).</summary>
    protected long MaxMessageBytes { get; }

    /// <summary>Signals shutdown.</summary>
    protected IHostApplicationLifetime Lifetime { get; }

    /// <summary>The clock of the timeouts.</summary>
    protected TimeProvider TimeProvider { get; }

    /// <summary>The transport's logger.</summary>
    protected ILogger Logger { get; }

    /// <summary>The subprotocols served, in order of preference.</summary>
    protected virtual IReadOnlyList<string> SupportedSubprotocols => GraphQLWsOnly;

    /// <summary>How long a close right after accepting (4406, 4429) waits for the client's answer before the request ends.</summary>
    protected virtual TimeSpan RejectCloseTimeout => TimeSpan.FromSeconds(2);

    /// <summary>Handles one request: a WebSocket upgrade is served here, anything else goes to the next middleware.</summary>
    public virtual async Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!context.WebSockets.IsWebSocketRequest)
        {
            await _next(context);
            return;
        }

        try
        {
            await HandleWebSocketRequestAsync(context);
        }
        catch (Exception ex) when (context.RequestAborted.IsCancellationRequested || ex is WebSocketException or IOException or OperationCanceledException)
        {
            WebSocketTransportLog.Disconnected(Logger, ex.GetType().Name);
        }
        catch (Exception ex)
        {
            WebSocketTransportLog.UnexpectedError(Logger, ex);
            context.Abort();
        }
    }

    /// <summary>Negotiates the subprotocol, takes a connection slot, accepts and runs the subscription server.</summary>
    protected virtual async Task HandleWebSocketRequestAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var subprotocol = SelectSubprotocol(context.WebSockets.WebSocketRequestedProtocols);
        if (subprotocol is null)
        {
            WebSocketTransportLog.SubprotocolNotAcceptable(Logger, string.Join(", ", context.WebSockets.WebSocketRequestedProtocols));
            await OnSubprotocolNotAcceptableAsync(context);
            return;
        }

        using var connectionSlot = ConnectionLimiter.TryAcquire(context);
        if (connectionSlot is null)
        {
            WebSocketTransportLog.TooManyConnections(Logger, ClientConnectionLimiter.ClientOf(context));
            await OnTooManyConnectionsAsync(context, subprotocol);
            return;
        }

        using var socket = await context.WebSockets.AcceptWebSocketAsync(CreateAcceptContext(subprotocol));
        WebSocketTransportLog.ConnectionAccepted(Logger, subprotocol);
        await using var server = CreateSubscriptionServer(context, socket, subprotocol);
        await server.RunAsync(Lifetime.ApplicationStopping);
    }

    /// <summary>The first supported subprotocol the client offers, or <see langword="null"/>.</summary>
    protected virtual string? SelectSubprotocol(IList<string> requested)
    {
        ArgumentNullException.ThrowIfNull(requested);
        foreach (var supported in SupportedSubprotocols)
        {
            if (requested.Contains(supported, StringComparer.Ordinal))
            {
                return supported;
            }
        }

        return null;
    }

    /// <summary>How the socket is accepted: the subprotocol and the keep-alive pings.</summary>
    protected virtual WebSocketAcceptContext CreateAcceptContext(string subprotocol) => new()
    {
        SubProtocol = subprotocol,
        KeepAliveInterval = Options.KeepAliveInterval,
        KeepAliveTimeout = Options.KeepAliveInterval,
    };

    /// <summary>Creates the server of one socket; override to use a subclass (e.g. one that authorizes <c>connection_init</c>).</summary>
    protected virtual SubscriptionServer CreateSubscriptionServer(HttpContext context, WebSocket socket, string subprotocol)
        => new GraphQLWsSubscriptionServer<TSchema>(
            socket,
            context,
            Executor,
            Parser,
            Serializer,
            Options,
            MaxMessageBytes,
            Logger,
            TimeProvider);

    /// <summary>No supported subprotocol: accepts without one and closes with 4406.</summary>
    protected virtual Task OnSubprotocolNotAcceptableAsync(HttpContext context)
        => AcceptAndCloseAsync(context, null, GraphQLWsCloseCodes.SubprotocolNotAcceptable, GraphQLWsCloseCodes.SubprotocolNotAcceptableReason);

    /// <summary>Over the client's connection limit: accepts and closes with 4429 "Too many connections".</summary>
    protected virtual Task OnTooManyConnectionsAsync(HttpContext context, string subprotocol)
        => AcceptAndCloseAsync(context, subprotocol, GraphQLWsCloseCodes.TooManyConnections, GraphQLWsCloseCodes.TooManyConnectionsReason);

    /// <summary>Accepts the socket and closes it at once with <paramref name="closeCode"/>, waiting briefly for the client's close frame.</summary>
    protected async Task AcceptAndCloseAsync(HttpContext context, string? subprotocol, int closeCode, string reason)
    {
        ArgumentNullException.ThrowIfNull(context);
        using var socket = await context.WebSockets.AcceptWebSocketAsync(subprotocol);
        using var timeout = new CancellationTokenSource(RejectCloseTimeout, TimeProvider);
        try
        {
            await socket.CloseOutputAsync((WebSocketCloseStatus)closeCode, reason, timeout.Token);
            var buffer = new byte[256];
            while (socket.State == WebSocketState.CloseSent)
            {
                // Whatever the client still sends before its close frame is dropped.
                await socket.ReceiveAsync(buffer, timeout.Token);
            }
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or IOException)
        {
            WebSocketTransportLog.Aborted(Logger, "the client did not complete the close handshake");
            socket.Abort();
        }
    }
}
