namespace Gateway.Bench.Load;

/// <summary>One request's upstream calls (<see cref="CallChain.Of"/>): the most calls one after another, and the upstream's own time on its critical path.</summary>
internal readonly record struct CallChainFigures(int LongestChain, TimeSpan UpstreamTime);
