namespace GenesysCloud.Simulator.Seed;

/// <summary>
/// When a session happened. Drawn from its own stream so a conversation can be placed inside the session that
/// led to it without generating the whole session first.
/// </summary>
internal readonly record struct SessionTiming(DateTimeOffset Created, DateTimeOffset LastEvent, DateTimeOffset? Ended)
{
    public bool Active => Ended is null;

    public static SessionTiming For(GenerationContext context, int index)
    {
        var random = context.Values("session-timing", index);
        var now = context.Now;
        if (random.Chance(0.08))
        {
            var created = now - random.Between(TimeSpan.FromMinutes(2), TimeSpan.FromMinutes(45));
            return new SessionTiming(created, created + random.Between(TimeSpan.FromSeconds(5), now - created), null);
        }

        var start = now - random.Between(TimeSpan.FromHours(1), TimeSpan.FromDays(90));
        var duration = random.Between(TimeSpan.FromSeconds(20), TimeSpan.FromHours(2));
        var ended = start + duration;
        return new SessionTiming(start, ended - random.Between(TimeSpan.Zero, TimeSpan.FromSeconds(Math.Min(30, duration.TotalSeconds))), ended);
    }
}
