using System.ComponentModel.DataAnnotations;

namespace Gateway.Transport.Subscriptions;

/// <summary>
/// Limits of the streaming transports (WebSocket and SSE), bound from <see cref="SectionName"/> and validated at start-up.
/// </summary>
public sealed class GraphQLSubscriptionOptions
{
    /// <summary>The configuration section the options are bound from.</summary>
    public const string SectionName = "GraphQL:Subscriptions";

    /// <summary>Operations one connection may run at once (a WebSocket, an SSE single-connection reservation). Default 100.</summary>
    [Range(1, 100_000)]
    public int MaxOperationsPerConnection { get; set; } = 100;

    /// <summary>Streaming connections one client (remote address) may hold at once. Default 50.</summary>
    [Range(1, 1_000_000)]
    public int MaxConnectionsPerClient { get; set; } = 50;

    /// <summary>
    /// Results of one operation buffered for a client that does not read; one more and the client is too slow: its
    /// operation (SSE) or connection (WebSocket) is closed with a clear error, never buffered without bound. Default 256.
    /// </summary>
    [Range(1, 1_000_000)]
    public int MaxBufferedResults { get; set; } = 256;

    /// <summary>How long a WebSocket may take to send <c>connection_init</c> (→ 4408). Default 10 s.</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "01:00:00")]
    public TimeSpan ConnectionInitTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>A connection with no operation running for this long is closed. Default 5 minutes.</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "1.00:00:00")]
    public TimeSpan IdleTimeout { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How often an open stream sends a keep-alive (a WebSocket ping, an SSE comment). Default 15 s.</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "01:00:00")]
    public TimeSpan KeepAliveInterval { get; set; } = TimeSpan.FromSeconds(15);
}
