namespace Gateway.Subscriptions;

/// <summary>
/// One upstream event as the gateway's event bus carries it between instances: its topic, the upstream's correlation id
/// (which de-duplicates an event delivered twice), the event body as JSON text, and when the upstream channel received it.
/// </summary>
public sealed record TopicEvent(string Topic, string? CorrelationId, string Body, DateTimeOffset ReceivedAt);
