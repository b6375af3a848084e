namespace Gateway.WarmUp;

/// <summary>What the warm-up's simulated traffic did: queries answered, and how many of them failed or had errors.</summary>
public sealed record SimulatedTrafficOutcome(int Queries, int Failed);
