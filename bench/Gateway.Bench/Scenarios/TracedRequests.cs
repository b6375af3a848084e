using Gateway.Bench.Load;

namespace Gateway.Bench.Scenarios;

/// <summary>
/// Requests sent one at a time to a gateway on the traced simulator: each one's longest chain of upstream calls, the
/// upstream's own time on it (<see cref="CallChain.Of"/>), and its latency less that time (the gateway's and the
/// loopback's); <see cref="Measured"/> is their latencies, when the scenario keeps them here.
/// </summary>
internal sealed class TracedRequests
{
    private readonly List<int> _chains = [];
    private readonly List<double> _upstream = [];
    private readonly List<double> _overheads = [];

    public IReadOnlyList<int> Chains => _chains;

    public IReadOnlyList<double> UpstreamMilliseconds => _upstream;

    public IReadOnlyList<double> OverheadMilliseconds => _overheads;

    public LoadMeasurement Measured { get; set; } = LoadMeasurement.None;

    public void Add(CallChainFigures figures, double latencyMilliseconds)
    {
        _chains.Add(figures.LongestChain);
        var upstream = figures.UpstreamTime.TotalMilliseconds;
        _upstream.Add(upstream);
        _overheads.Add(latencyMilliseconds - upstream);
    }
}
