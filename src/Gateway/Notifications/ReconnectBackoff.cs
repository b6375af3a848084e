namespace Gateway.Notifications;

/// <summary>How long to wait before the next attempt to connect a channel's socket: bounded exponential, with jitter.</summary>
public static class ReconnectBackoff
{
    /// <summary>
    /// No wait after a connection that worked (the first attempt is at once); after <paramref name="failures"/>
    /// consecutive failures, <c>baseDelay × 2^(failures−1)</c> capped at <paramref name="maxDelay"/>, of which a random
    /// half is taken off (<paramref name="jitter"/> in [0, 1)), so many channels failing together do not retry together.
    /// </summary>
    public static TimeSpan Delay(int failures, TimeSpan baseDelay, TimeSpan maxDelay, double jitter)
    {
        if (failures <= 0 || baseDelay <= TimeSpan.Zero)
        {
            return TimeSpan.Zero;
        }

        var exponent = Math.Min(failures - 1, 30);
        var ticks = Math.Min((double)maxDelay.Ticks, baseDelay.Ticks * Math.Pow(2, exponent));
        return TimeSpan.FromTicks((long)(ticks * (1 - (Math.Clamp(jitter, 0, 1) / 2))));
    }
}
