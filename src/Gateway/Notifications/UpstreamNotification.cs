using System.Text.Json;

namespace Gateway.Notifications;

/// <summary>One event as the upstream delivered it on a channel's socket.</summary>
public sealed record UpstreamNotification(string TopicName, string? Version, JsonElement EventBody, string? CorrelationId, DateTimeOffset ReceivedAt);
