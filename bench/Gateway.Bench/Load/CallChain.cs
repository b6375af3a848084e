using Gateway.Bench.Processes;

namespace Gateway.Bench.Load;

/// <summary>
/// What one request's upstream calls waited for: the chains of them in which each started after the one before it
/// ended, so the upstream's latency adds up over them. A call waits for another when it needs its answer (an id), a
/// free slot of the gateway's parallel limit, or because the gateway sent them one after the other; timestamps alone
/// cannot tell these apart, so a chain is what the gateway did, not what the query's shape needs.
/// </summary>
internal static class CallChain
{
    /// <summary>
    /// Over every such chain, the most calls (<see cref="CallChainFigures.LongestChain"/>) and the largest sum of their
    /// durations by the upstream's clock (<see cref="CallChainFigures.UpstreamTime"/>, the request's critical path: what
    /// it took beyond that is the gateway's and the network's). One pass, one "waited for" rule for both.
    /// </summary>
    public static CallChainFigures Of(IReadOnlyList<UpstreamCall> calls, TimeSpan tolerance)
    {
        var ordered = calls.OrderBy(c => c.Started).ToArray();
        var chain = new int[ordered.Length];
        var time = new TimeSpan[ordered.Length];
        var longest = 0;
        var upstream = TimeSpan.Zero;
        for (var i = 0; i < ordered.Length; i++)
        {
            var callsBefore = 0;
            var timeBefore = TimeSpan.Zero;
            for (var j = 0; j < i; j++)
            {
                // The tolerance covers the two log timestamps of a hand-over, taken microseconds apart on one clock.
                if (ordered[j].Ended <= ordered[i].Started + tolerance)
                {
                    callsBefore = Math.Max(callsBefore, chain[j]);
                    timeBefore = timeBefore > time[j] ? timeBefore : time[j];
                }
            }

            chain[i] = callsBefore + 1;
            time[i] = timeBefore + (ordered[i].Ended - ordered[i].Started);
            longest = Math.Max(longest, chain[i]);
            upstream = upstream > time[i] ? upstream : time[i];
        }

        return new CallChainFigures(longest, upstream);
    }
}
