namespace GenesysCloud.Simulator;

/// <summary>A failure injected by <see cref="SimulatorFaults.Fail"/>: the route it hits, the status, how many calls remain (null: all).</summary>
public sealed record FaultRule(string Route, int Status, int? RemainingTimes, TimeSpan? RetryAfter);
