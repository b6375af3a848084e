using System.Collections.Concurrent;
using System.Reactive.Linq;
using System.Reactive.Subjects;

namespace Gateway.Transport.Tests.Infrastructure;

/// <summary>
/// The event source behind <c>Subscription.events(topic:)</c>: tests publish to a topic and watch how many
/// subscribers it has, so they can prove a completed or dropped subscription let go of its source.
/// </summary>
public sealed class TestEventSource
{
    private readonly ConcurrentDictionary<string, Subject<string>> _topics = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> _subscribers = new(StringComparer.Ordinal);

    /// <summary>Raised with the topic whenever a subscriber arrives or leaves.</summary>
    public event Action<string>? SubscribersChanged;

    /// <summary>The live subscribers of <paramref name="topic"/>.</summary>
    public int SubscriberCount(string topic) => _subscribers.GetValueOrDefault(topic);

    /// <summary>Sends <paramref name="message"/> to every subscriber of <paramref name="topic"/>.</summary>
    public void Publish(string topic, string message) => Topic(topic).OnNext(message);

    /// <summary>Ends the stream of <paramref name="topic"/> for every subscriber.</summary>
    public void Complete(string topic)
    {
        if (_topics.TryRemove(topic, out var subject))
        {
            subject.OnCompleted();
        }
    }

    /// <summary>Fails the stream of <paramref name="topic"/> for every subscriber.</summary>
    public void Fail(string topic, Exception error)
    {
        if (_topics.TryRemove(topic, out var subject))
        {
            subject.OnError(error);
        }
    }

    /// <summary>Waits until <paramref name="topic"/> has exactly <paramref name="count"/> subscribers.</summary>
    public async Task WaitForSubscribersAsync(string topic, int count, TimeSpan? timeout = null)
    {
        var reached = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        void Check(string changed)
        {
            if (changed == topic && SubscriberCount(topic) == count)
            {
                reached.TrySetResult();
            }
        }

        SubscribersChanged += Check;
        try
        {
            Check(topic);
            await reached.Task.WaitAsync(timeout ?? TimeSpan.FromSeconds(10));
        }
        finally
        {
            SubscribersChanged -= Check;
        }
    }

    /// <summary>The stream a subscriber of <paramref name="topic"/> receives; subscribing and disposing are counted.</summary>
    public IObservable<string> Subscribe(string topic) => Observable.Create<string>(observer =>
    {
        var subscription = Topic(topic).Subscribe(observer);
        Changed(topic, +1);
        return () =>
        {
            subscription.Dispose();
            Changed(topic, -1);
        };
    });

    private Subject<string> Topic(string topic) => _topics.GetOrAdd(topic, static _ => new Subject<string>());

    private void Changed(string topic, int delta)
    {
        _subscribers.AddOrUpdate(topic, delta, (_, current) => current + delta);
        SubscribersChanged?.Invoke(topic);
    }
}
