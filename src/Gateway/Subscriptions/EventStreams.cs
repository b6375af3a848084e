using System.Reactive.Linq;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using GraphQL;
using Microsoft.Extensions.DependencyInjection;

namespace Gateway.Subscriptions;

/// <summary>
/// The source streams of the GraphQL subscription fields: the events of one or more upstream topics, merged, delivered
/// once even when two topics carry the same change, each body read as the payload's upstream model. A body that cannot
/// be read is logged and counted and the stream goes on.
/// </summary>
public static class EventStreams
{
    private const int RecentIdsPerSubscription = 256;

    /// <summary>Opens <paramref name="topics"/> (all accepted upstream before this returns) and reads their events as <typeparamref name="T"/>.</summary>
    public static async Task<IObservable<T>> OpenAsync<T>(IResolveFieldContext context, IReadOnlyCollection<string> topics, JsonTypeInfo<T> payload)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(context);
        var services = context.RequestServices!;
        var feeds = services.GetRequiredService<TopicFeeds>();
        var metrics = services.GetRequiredService<SubscriptionMetrics>();
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(EventStreams));

        var opened = new List<IObservable<TopicEvent>>(topics.Count);
        try
        {
            foreach (var topic in topics.Distinct(StringComparer.Ordinal))
            {
                opened.Add(await feeds.OpenAsync(topic, context.CancellationToken).ConfigureAwait(false));
            }
        }
        catch
        {
            // Release what was opened: subscribing and disposing at once leaves each topic.
            foreach (var feed in opened)
            {
                feed.Subscribe(static _ => { }).Dispose();
            }

            throw;
        }

        var merged = opened.Count == 1 ? opened[0] : opened.Merge();
        return Observable.Defer(() =>
        {
            var recent = new RecentCorrelationIds(RecentIdsPerSubscription);
            return merged
                .Where(topicEvent => recent.Add(topicEvent.CorrelationId))
                .SelectMany(topicEvent => Read(topicEvent, payload, metrics, logger));
        });
    }

    private static IEnumerable<T> Read<T>(TopicEvent topicEvent, JsonTypeInfo<T> payload, SubscriptionMetrics metrics, ILogger logger)
        where T : class
    {
        T? value;
        try
        {
            value = JsonSerializer.Deserialize(topicEvent.Body, payload);
        }
        catch (JsonException)
        {
            value = null;
        }

        if (value is null)
        {
            metrics.Unreadable(typeof(T).Name);
            SubscriptionsLog.UnreadableEvent(logger, topicEvent.Topic, typeof(T).Name);
            return [];
        }

        metrics.Read(typeof(T).Name);
        return [value];
    }
}
