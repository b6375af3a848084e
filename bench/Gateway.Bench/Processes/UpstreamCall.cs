namespace Gateway.Bench.Processes;

/// <summary>One API call the simulator answered, as its request log tells it: the route and when it started and ended, by the simulator's clock.</summary>
internal sealed record UpstreamCall(string Route, DateTimeOffset Started, DateTimeOffset Ended);
