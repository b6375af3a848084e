using System.Collections.Concurrent;
using System.Diagnostics;
using OpenTelemetry;

namespace Gateway.Tests.Telemetry;

/// <summary>
/// Keeps every span the gateway's tracer provider ends. Listeners are process-wide, so spans of other tests (and of the
/// in-process simulator) arrive too: read them by trace id.
/// </summary>
internal sealed class RecordingActivityProcessor : BaseProcessor<Activity>
{
    private readonly ConcurrentQueue<Activity> _ended = new();
    private readonly ConcurrentDictionary<ActivityTraceId, TaskCompletionSource> _serverSpansEnded = new();

    public override void OnEnd(Activity data)
    {
        _ended.Enqueue(data);
        if (data.Kind == ActivityKind.Server && data.ParentSpanId == default)
        {
            ServerSpanEnded(data.TraceId).TrySetResult();
        }
    }

    /// <summary>The spans of one trace ended so far.</summary>
    public IReadOnlyList<Activity> SpansOf(ActivityTraceId traceId) => _ended.Where(a => a.TraceId == traceId).ToList();

    /// <summary>The first span ended whose name is <paramref name="displayName"/>.</summary>
    public Activity? Find(string displayName) => _ended.FirstOrDefault(a => a.DisplayName == displayName);

    /// <summary>Completes when the trace's root server span (ASP.NET Core's request span) has ended.</summary>
    public Task WhenRequestEndedAsync(ActivityTraceId traceId) => ServerSpanEnded(traceId).Task.WaitAsync(TimeSpan.FromSeconds(10));

    private TaskCompletionSource ServerSpanEnded(ActivityTraceId traceId)
        => _serverSpansEnded.GetOrAdd(traceId, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
}
