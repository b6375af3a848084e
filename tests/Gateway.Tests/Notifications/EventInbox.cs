using System.Threading.Channels;
using Gateway.Notifications;

namespace Gateway.Tests.Notifications;

/// <summary>A subscriber's handler that queues what it was given, so a test awaits the next event (bounded) instead of sleeping.</summary>
internal sealed class EventInbox
{
    private readonly Channel<UpstreamNotification> _events = Channel.CreateUnbounded<UpstreamNotification>();

    public int Count { get; private set; }

    public ValueTask OnEvent(UpstreamNotification notification)
    {
        Count++;
        _events.Writer.TryWrite(notification);
        return ValueTask.CompletedTask;
    }

    public async Task<UpstreamNotification> NextAsync(TimeSpan? timeout = null)
    {
        using var cancel = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(10));
        return await _events.Reader.ReadAsync(cancel.Token);
    }

    public bool TryTake(out UpstreamNotification? notification)
    {
        var taken = _events.Reader.TryRead(out var next);
        notification = next;
        return taken;
    }
}
