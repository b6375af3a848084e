namespace Gateway.Tests.Upstream;

/// <summary>
/// The system clock moved forward on demand. Only the wall clock moves: timers and timestamps stay the system's,
/// so timeouts and retry delays behave as in production while token expiry can be tested without waiting.
/// </summary>
internal sealed class AdjustableTimeProvider : TimeProvider
{
    private long _offsetTicks;

    public void Advance(TimeSpan by) => Interlocked.Add(ref _offsetTicks, by.Ticks);

    public override DateTimeOffset GetUtcNow() => base.GetUtcNow() + TimeSpan.FromTicks(Interlocked.Read(ref _offsetTicks));
}
