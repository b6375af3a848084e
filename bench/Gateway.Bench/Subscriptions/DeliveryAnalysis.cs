namespace Gateway.Bench.Subscriptions;

/// <summary>
/// Matches deliveries to the changes that caused them. A session change is named by its session and new event count
/// (both in the trigger's answer and in the payload). A co-browse change carries the simulator's time of the change
/// (<c>providerEventTime</c>), which falls between the trigger's request and its answer; the runner never has two
/// changes of one conversation in flight, so that window names one change. A delivery counts once per subscription,
/// change and participant; a second one is a duplicate.
/// </summary>
internal sealed class DeliveryAnalysis
{
    // The simulator stamps changes to the millisecond, rounded down.
    private static readonly TimeSpan StampSlack = TimeSpan.FromMilliseconds(1);

    private readonly SubscriptionPlan _plan;
    private readonly Dictionary<(string SessionId, int EventCount), TriggeredChange> _sessionChanges = [];
    private readonly Dictionary<string, List<TriggeredChange>> _conversationChanges = new(StringComparer.OrdinalIgnoreCase);

    public DeliveryAnalysis(SubscriptionPlan plan, IEnumerable<TriggeredChange> changes)
    {
        _plan = plan;
        foreach (var change in changes.Where(c => c.Failure is null))
        {
            if (change.Kind == SubscriptionKind.ContactSessions && change.SessionId is not null && change.EventCount is { } count)
            {
                _sessionChanges[(change.SessionId.ToLowerInvariant(), count)] = change;
            }
            else if (change.Kind == SubscriptionKind.CobrowseSession)
            {
                if (!_conversationChanges.TryGetValue(change.EntityId, out var list))
                {
                    _conversationChanges[change.EntityId] = list = [];
                }

                list.Add(change);
            }
        }
    }

    /// <summary>Deliveries no triggered change explains (none in a healthy run).</summary>
    public int Unmatched(IEnumerable<Delivery> deliveries) => deliveries.Count(d => Cause(d) is null);

    /// <summary>The figures of <paramref name="phase"/>: what its changes owed, and what of it <paramref name="deliveries"/> holds.</summary>
    public (DeliveryFigures All, IReadOnlyDictionary<SubscriptionKind, DeliveryFigures> ByKind, DateTimeOffset? LastReceived) Figures(
        string phase, IReadOnlyCollection<TriggeredChange> changes, IEnumerable<Delivery> deliveries)
    {
        var phaseChanges = changes.Where(c => c.Phase == phase && c.Failure is null).ToList();
        var seen = new HashSet<(int, int, string)>();
        var latencies = new Dictionary<SubscriptionKind, List<double>> { [SubscriptionKind.ContactSessions] = [], [SubscriptionKind.CobrowseSession] = [] };
        var duplicates = new Dictionary<SubscriptionKind, long> { [SubscriptionKind.ContactSessions] = 0, [SubscriptionKind.CobrowseSession] = 0 };
        DateTimeOffset? lastReceived = null;
        foreach (var delivery in deliveries)
        {
            var cause = Cause(delivery);
            if (cause is null || cause.Phase != phase)
            {
                continue;
            }

            var kind = cause.Kind;
            if (!seen.Add((delivery.Subscription, cause.Index, delivery.ParticipantId ?? "")))
            {
                duplicates[kind]++;
                continue;
            }

            latencies[kind].Add((delivery.ReceivedAt - delivery.ChangedAt!.Value).TotalMilliseconds);
            if (lastReceived is null || delivery.ReceivedAt > lastReceived)
            {
                lastReceived = delivery.ReceivedAt;
            }
        }

        var byKind = new Dictionary<SubscriptionKind, DeliveryFigures>();
        foreach (var kind in Enum.GetValues<SubscriptionKind>())
        {
            var ofKind = phaseChanges.Where(c => c.Kind == kind).ToList();
            var expected = ofKind.Sum(c => (long)_plan.Watching(kind, c.EntityId).Sum(t => t.DeliveriesPerChange));
            byKind[kind] = new DeliveryFigures(ofKind.Count, expected, latencies[kind].Count, duplicates[kind], [.. latencies[kind].Order()]);
        }

        var all = new DeliveryFigures(
            phaseChanges.Count,
            byKind.Values.Sum(f => f.Expected),
            byKind.Values.Sum(f => f.Received),
            byKind.Values.Sum(f => f.Duplicates),
            [.. latencies.Values.SelectMany(l => l).Order()]);
        return (all, byKind, lastReceived);
    }

    /// <summary>The change <paramref name="delivery"/> reports, when it is one the benchmark triggered and one its subscription watches.</summary>
    private TriggeredChange? Cause(Delivery delivery)
    {
        if (delivery.ChangedAt is not { } changedAt)
        {
            return null;
        }

        var target = _plan.Targets[delivery.Subscription];
        TriggeredChange? cause = null;
        if (target.Kind == SubscriptionKind.ContactSessions)
        {
            if (delivery.EventCount is { } count)
            {
                cause = _sessionChanges.GetValueOrDefault((delivery.EntityId.ToLowerInvariant(), count));
            }
        }
        else if (_conversationChanges.TryGetValue(delivery.EntityId, out var candidates))
        {
            cause = candidates.Find(c => changedAt >= c.SentAt - StampSlack && changedAt <= c.AnsweredAt + StampSlack);
        }

        return cause is not null && string.Equals(cause.EntityId, target.EntityId, StringComparison.OrdinalIgnoreCase) ? cause : null;
    }
}
