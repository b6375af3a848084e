namespace Gateway.Bench.Subscriptions;

/// <summary>
/// One <c>next</c> a subscription received: what changed (a session and its event count, or a conversation and the
/// participant whose co-browse session changed), the simulator's time of the change as the payload carries it, and
/// when the message arrived (both on the machine's clock).
/// </summary>
internal readonly record struct Delivery(
    int Subscription, string EntityId, int? EventCount, string? ParticipantId, DateTimeOffset? ChangedAt, DateTimeOffset ReceivedAt);
