namespace Gateway.Transport.WebSockets;

/// <summary>
/// The close codes the WebSocket transport ends a socket with, and their reasons. The 44xx/45xx codes are those of
/// the <c>graphql-transport-ws</c> protocol (which the npm <c>graphql-ws</c> client treats as fatal, except
/// <see cref="Forbidden"/> and <see cref="ConnectionInitialisationTimeout"/>, which it retries); the 1xxx codes are
/// RFC 6455's, for what the protocol leaves to the server.
/// </summary>
public static class GraphQLWsCloseCodes
{
    /// <summary>1000: no operation ran for <see cref="Subscriptions.GraphQLSubscriptionOptions.IdleTimeout"/>; a
    /// graphql-ws client with no subscription takes it as a normal end and reconnects on its next operation.</summary>
    public const int IdleTimeout = 1000;

    /// <summary>The reason sent with <see cref="IdleTimeout"/>.</summary>
    public const string IdleTimeoutReason = "Idle timeout";

    /// <summary>1001: the server is shutting down; graphql-ws clients retry (another instance may serve them).</summary>
    public const int GoingAway = 1001;

    /// <summary>The reason sent with <see cref="GoingAway"/>.</summary>
    public const string GoingAwayReason = "Server shutting down";

    /// <summary>
    /// 1008 (policy violation): the client did not read an operation's results and
    /// <see cref="Subscriptions.GraphQLSubscriptionOptions.MaxBufferedResults"/> were waiting. Fatal for graphql-ws
    /// (no silent reconnect that would hide the lost events). When even the close frame cannot be written within the
    /// close timeout, the connection is aborted instead.
    /// </summary>
    public const int SubscriberTooSlow = 1008;

    /// <summary>The reason sent with <see cref="SubscriberTooSlow"/>.</summary>
    public const string SubscriberTooSlowReason = "Subscriber too slow";

    /// <summary>1009: a message was larger than <see cref="Http.GraphQLHttpOptions.MaxRequestBodyBytes"/>, the limit of a request body.</summary>
    public const int MessageTooBig = 1009;

    /// <summary>The reason sent with <see cref="MessageTooBig"/>.</summary>
    public const string MessageTooBigReason = "Message too big";

    /// <summary>4400: an invalid message (not JSON, not an object, unknown type, a missing or malformed id or payload); the reason says which.</summary>
    public const int BadRequest = 4400;

    /// <summary>4401: <c>subscribe</c> before the connection was acknowledged.</summary>
    public const int Unauthorized = 4401;

    /// <summary>The reason sent with <see cref="Unauthorized"/>.</summary>
    public const string UnauthorizedReason = "Unauthorized";

    /// <summary>4403: <see cref="GraphQLWsSubscriptionServer{TSchema}.OnConnectionInitAsync"/> denied the connection.</summary>
    public const int Forbidden = 4403;

    /// <summary>The reason sent with <see cref="Forbidden"/>.</summary>
    public const string ForbiddenReason = "Forbidden";

    /// <summary>4406: the upgrade did not offer <c>graphql-transport-ws</c>; the socket is accepted and closed at once, as the graphql-ws server does.</summary>
    public const int SubprotocolNotAcceptable = 4406;

    /// <summary>The reason sent with <see cref="SubprotocolNotAcceptable"/>.</summary>
    public const string SubprotocolNotAcceptableReason = "Subprotocol not acceptable";

    /// <summary>4408: no <c>connection_init</c> within <see cref="Subscriptions.GraphQLSubscriptionOptions.ConnectionInitTimeout"/>.</summary>
    public const int ConnectionInitialisationTimeout = 4408;

    /// <summary>The reason sent with <see cref="ConnectionInitialisationTimeout"/>.</summary>
    public const string ConnectionInitialisationTimeoutReason = "Connection initialisation timeout";

    /// <summary>4409: <c>subscribe</c> with the id of an operation still running; the reason is <c>Subscriber for &lt;id&gt; already exists</c>.</summary>
    public const int SubscriberAlreadyExists = 4409;

    /// <summary>4429: a second <c>connection_init</c>.</summary>
    public const int TooManyInitialisationRequests = 4429;

    /// <summary>The reason sent with <see cref="TooManyInitialisationRequests"/>.</summary>
    public const string TooManyInitialisationRequestsReason = "Too many initialisation requests";

    /// <summary>
    /// 4429 too, at upgrade: the client (remote address) already holds
    /// <see cref="Subscriptions.GraphQLSubscriptionOptions.MaxConnectionsPerClient"/> streaming connections. The socket is
    /// accepted and closed at once rather than refused with HTTP 429, because a browser's WebSocket cannot see an HTTP
    /// status; graphql-ws treats 4429 as fatal, so the client does not hammer a limit that a retry cannot lift while it
    /// keeps its other sockets open.
    /// </summary>
    public const int TooManyConnections = 4429;

    /// <summary>The reason sent with <see cref="TooManyConnections"/>.</summary>
    public const string TooManyConnectionsReason = "Too many connections";

    /// <summary>4500: the server failed unexpectedly while handling a message (the exception is logged, never sent).</summary>
    public const int InternalServerError = 4500;

    /// <summary>The reason sent with <see cref="InternalServerError"/>.</summary>
    public const string InternalServerErrorReason = "Internal server error";
}
