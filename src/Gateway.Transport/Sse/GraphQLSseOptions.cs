using System.ComponentModel.DataAnnotations;

namespace Gateway.Transport.Sse;

/// <summary>
/// Limits of the SSE single connection mode, bound from <see cref="SectionName"/> and validated at start-up. The
/// streaming limits shared with the WebSocket transport (operations per connection, connections per client, buffered
/// results, idle timeout, keep-alive) are <see cref="Subscriptions.GraphQLSubscriptionOptions"/>.
/// </summary>
public sealed class GraphQLSseOptions
{
    /// <summary>The configuration section the options are bound from.</summary>
    public const string SectionName = "GraphQL:Sse";

    /// <summary>
    /// How long a reservation (<c>PUT</c>) waits for its event stream before it is dropped, with any operation it
    /// already accepted. Default 30 s: the graphql-sse client opens the stream right after the reservation.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "01:00:00")]
    public TimeSpan ReservationTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Reservations this instance holds at once, across all clients (each client is also bounded by
    /// <see cref="Subscriptions.GraphQLSubscriptionOptions.MaxConnectionsPerClient"/>); one more → 503. Default 10 000.
    /// </summary>
    [Range(1, 10_000_000)]
    public int MaxReservations { get; set; } = 10_000;
}
