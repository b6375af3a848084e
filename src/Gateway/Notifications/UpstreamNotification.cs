using System.Text.Json;

namespace Gateway.Notifications;

/// <summary>One event as the upstream delivered it on a channel's socket.</summary>
/// <param name="TopicName">The topic it was published on, e.g. <c>v2.users.{id}.conversations</c>.</param>
/// <param name="Version">The envelope's <c>version</c>, when it has one.</param>
/// <param name="EventBody">The event's body as sent (an object); owns its memory, so it may be kept.</param>
/// <param name="CorrelationId">The envelope's <c>metadata.CorrelationId</c>, when it has one.</param>
/// <param name="ReceivedAt">When the gateway read it off the socket.</param>
public sealed record UpstreamNotification(string TopicName, string? Version, JsonElement EventBody, string? CorrelationId, DateTimeOffset ReceivedAt);
