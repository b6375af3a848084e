namespace Gateway.Bench.Subscriptions;

/// <summary>
/// One phase of the subscription benchmark: the changes it triggered (and how many the simulator refused), the
/// deliveries they owed and got, over how long, per subscription field too, and the gateway's resident memory at its
/// start and end.
/// </summary>
internal sealed record SubscriptionPhaseResult(
    string Phase,
    int Triggered,
    int TriggerFailures,
    TimeSpan TriggerElapsed,
    TimeSpan DeliveryElapsed,
    DeliveryFigures All,
    IReadOnlyDictionary<SubscriptionKind, DeliveryFigures> ByKind,
    double? ResidentMegabytesAtStart,
    double? ResidentMegabytesAtEnd)
{
    /// <summary>Distinct deliveries per second, from the phase's first change to its last delivery.</summary>
    public double DeliveriesPerSecond => DeliveryElapsed > TimeSpan.Zero ? All.Received / DeliveryElapsed.TotalSeconds : 0;

    /// <summary>Changes triggered per second over the triggering part of the phase.</summary>
    public double ChangesPerSecond => TriggerElapsed > TimeSpan.Zero ? Triggered / TriggerElapsed.TotalSeconds : 0;
}
