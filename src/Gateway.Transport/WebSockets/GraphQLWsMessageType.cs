namespace Gateway.Transport.WebSockets;

/// <summary>
/// The message types of the <c>graphql-transport-ws</c> protocol (the npm <c>graphql-ws</c> library's
/// <c>PROTOCOL.md</c>). Every message is a JSON object <c>{ "type", "id"?, "payload"? }</c> in one WebSocket frame.
/// </summary>
public static class GraphQLWsMessageType
{
    /// <summary>
    /// Client → server, first: asks to open a connection within the socket; <c>payload</c> is an optional object
    /// (typically credentials). Must arrive within <see cref="Subscriptions.GraphQLSubscriptionOptions.ConnectionInitTimeout"/>
    /// (else <see cref="GraphQLWsCloseCodes.ConnectionInitialisationTimeout"/>), and only once
    /// (else <see cref="GraphQLWsCloseCodes.TooManyInitialisationRequests"/>).
    /// </summary>
    public const string ConnectionInit = "connection_init";

    /// <summary>Server → client: the connection is accepted; operations may now be subscribed.</summary>
    public const string ConnectionAck = "connection_ack";

    /// <summary>Either way, at any time: asks for a <see cref="Pong"/>, which the server sends at once (echoing the payload).</summary>
    public const string Ping = "ping";

    /// <summary>Either way: the answer to a <see cref="Ping"/>, or an unsolicited heartbeat; the server ignores it.</summary>
    public const string Pong = "pong";

    /// <summary>
    /// Client → server: runs the GraphQL request in <c>payload</c> (<c>query</c>, <c>operationName</c>, <c>variables</c>,
    /// <c>extensions</c>) under the client-chosen <c>id</c>. Before <see cref="ConnectionAck"/> the socket is closed with
    /// <see cref="GraphQLWsCloseCodes.Unauthorized"/>; an <c>id</c> still running closes it with
    /// <see cref="GraphQLWsCloseCodes.SubscriberAlreadyExists"/>.
    /// </summary>
    public const string Subscribe = "subscribe";

    /// <summary>Server → client: one execution result of the operation <c>id</c> (a query's only result, or one event).</summary>
    public const string Next = "next";

    /// <summary>
    /// Server → client: the operation <c>id</c> failed as a request (validation, a missing query, a refused or failed
    /// stream, too many operations); <c>payload</c> is the array of GraphQL errors. Ends the operation: no
    /// <see cref="Complete"/> follows.
    /// </summary>
    public const string Error = "error";

    /// <summary>
    /// Server → client: the operation <c>id</c> has sent all its results. Client → server: stop the operation
    /// (the server unsubscribes from the source and sends nothing more for it); an unknown <c>id</c> is ignored.
    /// </summary>
    public const string Complete = "complete";
}
