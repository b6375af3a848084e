namespace GenesysCloud.Simulator;

/// <summary>
/// The body of <c>POST /__simulator/faults</c>. With <see cref="Route"/> and <see cref="Status"/>: fail that route
/// (every call, or the next <see cref="Times"/>); with <see cref="Route"/> and <see cref="DelayMilliseconds"/>:
/// delay it; the other fields change the global settings. Every field is optional.
/// </summary>
public sealed record FaultRequest
{
    public string? Route { get; init; }
    public int? Status { get; init; }
    public int? Times { get; init; }
    public int? RetryAfterSeconds { get; init; }
    public int? DelayMilliseconds { get; init; }
    public int? LatencyMilliseconds { get; init; }
    public int? LatencyJitterMilliseconds { get; init; }
    public double? ErrorRate { get; init; }
    public int? RateLimitPerMinute { get; init; }
}
