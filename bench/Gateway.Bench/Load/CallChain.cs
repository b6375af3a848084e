using Gateway.Bench.Processes;

namespace Gateway.Bench.Load;

/// <summary>
/// What one request's upstream calls waited for: the longest chain of them in which each started after the one before
/// it ended, so the upstream's latency adds up over it. A call waits for another when it needs its answer (an id), a
/// free slot of the gateway's parallel limit, or because the gateway sent them one after the other; timestamps alone
/// cannot tell these apart, so the chain is what the gateway did, not what the query's shape needs.
/// </summary>
internal static class CallChain
{
    public static int LongestOf(IReadOnlyList<UpstreamCall> calls, TimeSpan tolerance)
    {
        var ordered = calls.OrderBy(c => c.Started).ToArray();
        var chain = new int[ordered.Length];
        var longest = 0;
        for (var i = 0; i < ordered.Length; i++)
        {
            chain[i] = 1;
            for (var j = 0; j < i; j++)
            {
                // The tolerance covers the two log timestamps of a hand-over, taken microseconds apart on one clock.
                if (ordered[j].Ended <= ordered[i].Started + tolerance)
                {
                    chain[i] = Math.Max(chain[i], chain[j] + 1);
                }
            }

            longest = Math.Max(longest, chain[i]);
        }

        return longest;
    }

    /// <summary>
    /// The upstream's own time on the request's critical path: over every such chain, the largest sum of the calls'
    /// durations (by the upstream's clock). What the request took beyond it is the gateway's, and the network's.
    /// </summary>
    public static TimeSpan UpstreamTimeOf(IReadOnlyList<UpstreamCall> calls, TimeSpan tolerance)
    {
        var ordered = calls.OrderBy(c => c.Started).ToArray();
        var total = new TimeSpan[ordered.Length];
        var longest = TimeSpan.Zero;
        for (var i = 0; i < ordered.Length; i++)
        {
            var before = TimeSpan.Zero;
            for (var j = 0; j < i; j++)
            {
                if (ordered[j].Ended <= ordered[i].Started + tolerance && total[j] > before)
                {
                    before = total[j];
                }
            }

            total[i] = before + (ordered[i].Ended - ordered[i].Started);
            longest = longest > total[i] ? longest : total[i];
        }

        return longest;
    }
}
