namespace Gateway.Tests.Notifications;

/// <summary>
/// A clock that moves only when told (<see cref="Advance"/>): its timers (and so <c>Task.Delay</c> and timed
/// cancellations on it) fire when the time they wait for is reached, never on their own.
/// </summary>
internal sealed class ManualTimeProvider : TimeProvider
{
    private readonly Lock _gate = new();
    private readonly List<ManualTimer> _timers = [];
    private DateTimeOffset _now = DateTimeOffset.UtcNow;
    private long _ticks;

    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    public override DateTimeOffset GetUtcNow()
    {
        lock (_gate)
        {
            return _now;
        }
    }

    public override long GetTimestamp()
    {
        lock (_gate)
        {
            return _ticks;
        }
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = new ManualTimer(this, callback, state);
        timer.Change(dueTime, period);
        return timer;
    }

    public void Advance(TimeSpan by)
    {
        List<ManualTimer> due;
        lock (_gate)
        {
            _now += by;
            _ticks += by.Ticks;
            due = [.. _timers.Where(timer => timer.DueAt <= _ticks)];
            foreach (var timer in due)
            {
                timer.Rearm(_ticks);
            }
        }

        foreach (var timer in due)
        {
            timer.Fire();
        }
    }

    private sealed class ManualTimer(ManualTimeProvider clock, TimerCallback callback, object? state) : ITimer
    {
        private long _period = -1;

        public long DueAt { get; private set; } = long.MaxValue;

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            var fireNow = false;
            lock (clock._gate)
            {
                _period = period == Timeout.InfiniteTimeSpan || period <= TimeSpan.Zero ? -1 : period.Ticks;
                if (dueTime == Timeout.InfiniteTimeSpan)
                {
                    DueAt = long.MaxValue;
                    clock._timers.Remove(this);
                }
                else if (dueTime <= TimeSpan.Zero)
                {
                    fireNow = true;
                    Rearm(clock._ticks);
                }
                else
                {
                    DueAt = clock._ticks + dueTime.Ticks;
                    if (!clock._timers.Contains(this))
                    {
                        clock._timers.Add(this);
                    }
                }
            }

            if (fireNow)
            {
                // As a real timer does: on another thread, never inside the caller.
                ThreadPool.QueueUserWorkItem(_ => callback(state));
            }

            return true;
        }

        /// <summary>Under the clock's lock: the next due time of a periodic timer, or off.</summary>
        public void Rearm(long now)
        {
            if (_period > 0)
            {
                DueAt = now + _period;
                if (!clock._timers.Contains(this))
                {
                    clock._timers.Add(this);
                }
            }
            else
            {
                DueAt = long.MaxValue;
                clock._timers.Remove(this);
            }
        }

        public void Fire() => callback(state);

        public void Dispose()
        {
            lock (clock._gate)
            {
                DueAt = long.MaxValue;
                clock._timers.Remove(this);
            }
        }

        public ValueTask DisposeAsync()
        {
            Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
