using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using System.Reactive.Linq;
using Gateway.Subscriptions;
using GenesysCloud.Models;
using GraphQL;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Gateway.Tests.Subscriptions;

/// <summary>
/// The source streams of the subscription fields over real topic feeds, with the distribution seam driven by the test:
/// an unreadable body is skipped and counted, one change carried by two topics is delivered once.
/// </summary>
public sealed class EventStreamsTests : IAsyncDisposable
{
    private const string TopicA = "v2.users.00000000-0000-4000-8000-00000000000a.conversations";
    private const string TopicB = "v2.routing.queues.00000000-0000-4000-8000-00000000000b.conversations";

    private readonly PushedTopicEvents _distribution = new();
    private readonly ServiceProvider _services;

    public EventStreamsTests()
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddMetrics();
        services.AddSingleton<SubscriptionMetrics>();
        services.AddSingleton<ITopicEventDistribution>(_distribution);
        services.AddSingleton(Options.Create(new EventBusOptions()));
        services.AddSingleton<TopicFeeds>();
        _services = services.BuildServiceProvider();
    }

    public ValueTask DisposeAsync() => _services.DisposeAsync();

    [Fact]
    public async Task OpenAsync_UnreadableBodyThenAGoodOne_SkipsAndCountsTheFirstAndDeliversTheSecond()
    {
        // Arrange
        var unreadable = new ConcurrentQueue<long>();
        using var listener = Listen("gateway.subscriptions.unreadable_events", unreadable);
        var events = await EventStreams.OpenAsync(Context(), [TopicA], GenesysJsonContext.Default.Conversation);
        var received = new ConcurrentQueue<Conversation>();
        using var subscription = events.Subscribe(received.Enqueue);

        // Act
        await _distribution.PushAsync(new TopicEvent(TopicA, "c1", "[1, 2, 3]", DateTimeOffset.UtcNow));
        await _distribution.PushAsync(new TopicEvent(TopicA, "c2", """{ "id": "conversation-1" }""", DateTimeOffset.UtcNow));

        // Assert
        Assert.Equal("conversation-1", Assert.Single(received).Id);
        Assert.Equal(1, unreadable.Sum());
    }

    [Fact]
    public async Task OpenAsync_OneChangeOnTwoTopics_DeliveredOnce()
    {
        // Arrange
        var events = await EventStreams.OpenAsync(Context(), [TopicA, TopicB], GenesysJsonContext.Default.Conversation);
        var received = new ConcurrentQueue<Conversation>();
        using var subscription = events.Subscribe(received.Enqueue);

        // Act: the upstream sends one change to every topic that carries it, with one correlation id.
        await _distribution.PushAsync(new TopicEvent(TopicA, "same-change", """{ "id": "conversation-1" }""", DateTimeOffset.UtcNow));
        await _distribution.PushAsync(new TopicEvent(TopicB, "same-change", """{ "id": "conversation-1" }""", DateTimeOffset.UtcNow));
        await _distribution.PushAsync(new TopicEvent(TopicB, "next-change", """{ "id": "conversation-1" }""", DateTimeOffset.UtcNow));

        // Assert
        Assert.Equal(2, received.Count);
    }

    [Fact]
    public async Task OpenAsync_EventBeforeTheEngineSubscribes_IsKeptForIt()
    {
        // Arrange
        var events = await EventStreams.OpenAsync(Context(), [TopicA], GenesysJsonContext.Default.Conversation);

        // Act
        await _distribution.PushAsync(new TopicEvent(TopicA, "early", """{ "id": "conversation-1" }""", DateTimeOffset.UtcNow));
        var received = new ConcurrentQueue<Conversation>();
        using var subscription = events.Subscribe(received.Enqueue);

        // Assert
        Assert.Single(received);
    }

    [Fact]
    public async Task Dispose_LastSubscriber_LeavesTheTopic()
    {
        // Arrange
        var events = await EventStreams.OpenAsync(Context(), [TopicA, TopicB], GenesysJsonContext.Default.Conversation);
        var subscription = events.Subscribe(_ => { });

        // Act
        subscription.Dispose();

        // Assert
        await _distribution.Left.Task.WaitAsync(TimeSpan.FromSeconds(5));
        Assert.Empty(_services.GetRequiredService<TopicFeeds>().Topics);
    }

    private ResolveFieldContext Context() => new() { RequestServices = _services, CancellationToken = CancellationToken.None };

    private MeterListener Listen(string instrumentName, ConcurrentQueue<long> values)
    {
        var scope = _services.GetRequiredService<IMeterFactory>();
        var listener = new MeterListener
        {
            InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Name == instrumentName && ReferenceEquals(instrument.Meter.Scope, scope))
                {
                    l.EnableMeasurementEvents(instrument);
                }
            },
        };
        listener.SetMeasurementEventCallback<long>((_, value, _, _) => values.Enqueue(value));
        listener.Start();
        return listener;
    }

    /// <summary>The distribution seam, driven by the test: it pushes events to whoever joined their topic.</summary>
    private sealed class PushedTopicEvents : ITopicEventDistribution
    {
        private readonly ConcurrentDictionary<string, Func<TopicEvent, ValueTask>> _joined = new(StringComparer.Ordinal);

        public TaskCompletionSource Left { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task<IAsyncDisposable> JoinAsync(string topic, Func<TopicEvent, ValueTask> deliver, CancellationToken cancellationToken)
        {
            _joined[topic] = deliver;
            return Task.FromResult<IAsyncDisposable>(new Membership(this, topic));
        }

        public ValueTask PushAsync(TopicEvent topicEvent) => _joined[topicEvent.Topic](topicEvent);

        private sealed class Membership(PushedTopicEvents owner, string topic) : IAsyncDisposable
        {
            public ValueTask DisposeAsync()
            {
                owner._joined.TryRemove(topic, out _);
                if (owner._joined.IsEmpty)
                {
                    owner.Left.TrySetResult();
                }

                return ValueTask.CompletedTask;
            }
        }
    }
}
