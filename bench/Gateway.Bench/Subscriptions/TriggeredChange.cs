namespace Gateway.Bench.Subscriptions;

/// <summary>
/// One change the benchmark asked the simulator for, and its answer: the contact (and session, with its new event
/// count) or the conversation it changed, the correlation id its events carry, and when the request went out and the
/// answer came back (the simulator published in between). <see cref="Failure"/> is set when the simulator refused it.
/// </summary>
internal sealed record TriggeredChange(
    int Index,
    string Phase,
    SubscriptionKind Kind,
    string EntityId,
    string? SessionId,
    int? EventCount,
    string? CorrelationId,
    int UpstreamDeliveries,
    DateTimeOffset SentAt,
    DateTimeOffset AnsweredAt,
    string? Failure);
