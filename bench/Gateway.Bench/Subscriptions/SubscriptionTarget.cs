namespace Gateway.Bench.Subscriptions;

/// <summary>
/// One subscription of the plan: its field, the contact or conversation it watches, how many <c>next</c> messages one
/// change of that entity owes it (a co-browse transition: one per co-browse session of the conversation), and its
/// <c>subscribe</c> payload, serialized once.
/// </summary>
internal sealed record SubscriptionTarget(int Index, SubscriptionKind Kind, string EntityId, int DeliveriesPerChange, byte[] Payload);
