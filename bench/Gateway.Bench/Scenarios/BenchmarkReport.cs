namespace Gateway.Bench.Scenarios;

/// <summary>Everything a run found: its settings, each phase's figures in the order run, and notes worth reading beside them.</summary>
internal sealed class BenchmarkReport(BenchOptions options)
{
    private readonly List<PhaseResult> _phases = [];
    private readonly List<string> _notes = [];
    private readonly List<CeilingResult> _ceiling = [];

    public BenchOptions Options { get; } = options;

    public DateTimeOffset StartedAt { get; } = DateTimeOffset.UtcNow;

    public IReadOnlyList<PhaseResult> Phases => _phases;

    public IReadOnlyList<string> Notes => _notes;

    /// <summary>The ceiling scenario's queries, in the order run.</summary>
    public IReadOnlyList<CeilingResult> Ceiling => _ceiling;

    /// <summary>REST calls per query of the mix a naive client would make (from the memory scenario's warm answers).</summary>
    public double? MixNaiveCallsPerQuery { get; set; }

    /// <summary>Errors across every phase; a healthy run has none.</summary>
    public int TotalErrors => _phases.Sum(p => p.Load.Errors) + _ceiling.Sum(c => c.Errors);

    public void Add(PhaseResult phase) => _phases.Add(phase);

    public void Add(CeilingResult result) => _ceiling.Add(result);

    public void Note(string note) => _notes.Add(note);
}
