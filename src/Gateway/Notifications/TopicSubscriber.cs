using System.Threading.Channels;

namespace Gateway.Notifications;

/// <summary>
/// One caller of <see cref="IUpstreamTopicSubscriptions.SubscribeAsync"/>: a bounded queue of its own between the socket
/// and its handler, so a slow handler never stalls the socket or the other subscribers. Full, the queue drops its oldest
/// event (a later event of an entity supersedes an earlier one); the first drop is logged, every drop counted.
/// A handler that throws is logged and keeps receiving.
/// </summary>
internal sealed class TopicSubscriber
{
    // Lets a handler dispose its own handle without waiting for itself.
    private static readonly AsyncLocal<TopicSubscriber?> Delivering = new();

    private readonly Channel<UpstreamNotification> _queue;
    private readonly Func<UpstreamNotification, ValueTask> _onEvent;
    private readonly NotificationsMetrics _metrics;
    private readonly ILogger _logger;
    private readonly int _capacity;
    private readonly CancellationTokenSource _stop = new();
    private Task _pump = Task.CompletedTask;
    private int _fellBehind;

    public TopicSubscriber(string topic, Func<UpstreamNotification, ValueTask> onEvent, int capacity, NotificationsMetrics metrics, ILogger logger)
    {
        Topic = topic;
        _onEvent = onEvent;
        _capacity = capacity;
        _metrics = metrics;
        _logger = logger;
        _queue = Channel.CreateBounded<UpstreamNotification>(
            new BoundedChannelOptions(capacity) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true, SingleWriter = false },
            OnDropped);
    }

    public string Topic { get; }

    /// <summary>The registration it belongs to; changed only under the subscriptions' lock, null once released.</summary>
    public TopicRegistration? Registration { get; set; }

    public void Start() => _pump = PumpAsync();

    public void Deliver(UpstreamNotification notification) => _queue.Writer.TryWrite(notification);

    /// <summary>Stops delivering (undelivered events are discarded) and waits for a handler in progress, unless called from it.</summary>
    public async ValueTask StopAsync()
    {
        _queue.Writer.TryComplete();
        await _stop.CancelAsync().ConfigureAwait(false);
        if (!ReferenceEquals(Delivering.Value, this))
        {
            await _pump.ConfigureAwait(false);
        }
    }

    private async Task PumpAsync()
    {
        var reader = _queue.Reader;
        try
        {
            while (await reader.WaitToReadAsync(_stop.Token).ConfigureAwait(false))
            {
                while (!_stop.IsCancellationRequested && reader.TryRead(out var notification))
                {
                    Delivering.Value = this;
                    try
                    {
                        await _onEvent(notification).ConfigureAwait(false);
                    }
                    catch (Exception exception)
                    {
                        NotificationsLog.SubscriberFailed(_logger, exception, Topic);
                    }
                    finally
                    {
                        Delivering.Value = null;
                    }
                }
            }
        }
        catch (OperationCanceledException) when (_stop.IsCancellationRequested)
        {
            // Released.
        }
    }

    private void OnDropped(UpstreamNotification notification)
    {
        _metrics.EventDropped(notification.TopicName);
        if (Interlocked.Exchange(ref _fellBehind, 1) == 0)
        {
            NotificationsLog.SubscriberFallingBehind(_logger, Topic, _capacity);
        }
    }
}
