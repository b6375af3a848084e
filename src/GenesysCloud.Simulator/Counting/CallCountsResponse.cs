namespace GenesysCloud.Simulator;

/// <summary>The answer of <c>GET /__simulator/calls</c>: calls per route, ids asked for per batch route, the total.</summary>
public sealed record CallCountsResponse(long Total, IReadOnlyDictionary<string, long> Calls, IReadOnlyDictionary<string, long> Ids);
