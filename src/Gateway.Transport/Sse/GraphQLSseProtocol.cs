namespace Gateway.Transport.Sse;

/// <summary>
/// The names of the GraphQL over Server-Sent Events protocol (graphql-sse's <c>PROTOCOL.md</c>).
/// <para>
/// Distinct connections mode: a <c>GET</c> or <c>POST</c> that accepts <see cref="EventStreamMediaType"/> is answered
/// with <c>200</c> and an event stream of <see cref="NextEvent"/> events (each an execution result) ended by one
/// <see cref="CompleteEvent"/>; the client ends a subscription by closing the connection.
/// </para>
/// <para>
/// Single connection mode: <c>PUT</c> → <c>201</c> with a token (<c>text/plain</c>), a reservation;
/// an event-stream request carrying the token (<see cref="TokenHeader"/> or <see cref="TokenQueryParameter"/>) opens
/// the reservation's one stream; a <c>POST</c> carrying the token and <c>extensions.operationId</c> →
/// <c>202</c>, its results arrive on that stream as <c>{"id":…,"payload":…}</c>; <c>DELETE ?operationId=…</c> with
/// the token → <c>200</c>, the operation stops.
/// </para>
/// </summary>
public static class GraphQLSseProtocol
{
    /// <summary>The media type of an event stream.</summary>
    public const string EventStreamMediaType = "text/event-stream";

    /// <summary>The header that carries a single-connection reservation token.</summary>
    public const string TokenHeader = "X-GraphQL-Event-Stream-Token";

    /// <summary>The URL parameter that carries the token where no header can be set (the browser's <c>EventSource</c>).</summary>
    public const string TokenQueryParameter = "token";

    /// <summary>The <c>extensions</c> member (of a <c>POST</c>) and URL parameter (of a <c>DELETE</c>) naming an operation.</summary>
    public const string OperationIdKey = "operationId";

    /// <summary>The event carrying one execution result.</summary>
    public const string NextEvent = "next";

    /// <summary>The event ending an operation's results.</summary>
    public const string CompleteEvent = "complete";
}
