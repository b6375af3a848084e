namespace Gateway.Bench.Scenarios;

/// <summary>Everything a run found: its settings, each phase's figures in the order run, and notes worth reading beside them.</summary>
internal sealed class BenchmarkReport(BenchOptions options)
{
    private readonly List<PhaseResult> _phases = [];
    private readonly List<string> _notes = [];

    public BenchOptions Options { get; } = options;

    public DateTimeOffset StartedAt { get; } = DateTimeOffset.UtcNow;

    public IReadOnlyList<PhaseResult> Phases => _phases;

    public IReadOnlyList<string> Notes => _notes;

    /// <summary>Errors across every phase; a healthy run has none.</summary>
    public int TotalErrors => _phases.Sum(p => p.Load.Errors);

    public void Add(PhaseResult phase) => _phases.Add(phase);

    public void Note(string note) => _notes.Add(note);
}
