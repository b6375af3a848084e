using Polly;

namespace Gateway.Upstream;

/// <summary>
/// The outermost step of the upstream pipeline: notes when the call began, so the retry step can tell whether a
/// <c>Retry-After</c> still fits in what is left of the total timeout.
/// </summary>
internal sealed class PipelineStartStrategy(TimeProvider time) : ResilienceStrategy
{
    public static readonly ResiliencePropertyKey<long> StartedAt = new("Gateway.Upstream.StartedAt");

    /// <summary>How long the call has taken so far; zero when it did not pass through this step.</summary>
    public static TimeSpan Elapsed(ResilienceContext context, TimeProvider time)
        => context.Properties.TryGetValue(StartedAt, out var started) ? time.GetElapsedTime(started) : TimeSpan.Zero;

    protected override ValueTask<Outcome<TResult>> ExecuteCore<TResult, TState>(
        Func<ResilienceContext, TState, ValueTask<Outcome<TResult>>> callback, ResilienceContext context, TState state)
    {
        context.Properties.Set(StartedAt, time.GetTimestamp());
        return callback(context, state);
    }
}
