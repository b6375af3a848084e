namespace Gateway.Bench.Subscriptions;

/// <summary>What a subscription run found: its settings and plan, each phase's figures in the order run, and notes.</summary>
internal sealed class SubscriptionReport(SubscriptionBenchOptions options, SubscriptionPlan plan)
{
    private readonly List<SubscriptionPhaseResult> _phases = [];
    private readonly List<string> _notes = [];
    private readonly List<string> _failures = [];

    public SubscriptionBenchOptions Options { get; } = options;

    public SubscriptionPlan Plan { get; } = plan;

    public DateTimeOffset StartedAt { get; } = DateTimeOffset.UtcNow;

    public IReadOnlyList<SubscriptionPhaseResult> Phases => _phases;

    public IReadOnlyList<string> Notes => _notes;

    /// <summary>Why the run is not healthy (lost or duplicated deliveries, errors, a process that died); empty when it is.</summary>
    public IReadOnlyList<string> Failures => _failures;

    /// <summary>Client addresses the sockets came from.</summary>
    public int ClientAddresses { get; set; }

    /// <summary>Peak resident memory of the gateway over the whole run (<c>VmHWM</c>), read at its end.</summary>
    public double? PeakResidentMegabytes { get; set; }

    public void Add(SubscriptionPhaseResult phase) => _phases.Add(phase);

    public void Note(string note) => _notes.Add(note);

    public void Fail(string failure) => _failures.Add(failure);
}
