using System.ComponentModel.DataAnnotations;

namespace Gateway.Subscriptions;

/// <summary>The <c>EventBus</c> section: how instances share upstream topics over Redis.</summary>
public sealed class EventBusOptions
{
    public const string SectionName = "EventBus";

    /// <summary>How long a topic's lease lasts unless its holder renews it: how soon another instance takes over a dead holder's topics.</summary>
    [Range(typeof(TimeSpan), "00:00:00.200", "00:10:00")]
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How often every instance renews the leases it holds and tries to take those nobody holds.</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "00:05:00")]
    public TimeSpan LeaseRenewInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Correlation ids remembered per topic, so an event that arrives twice (a reconnect, a lease handover) is delivered once.</summary>
    [Range(16, 1_000_000)]
    public int RecentEventIdsPerTopic { get; set; } = 1024;
}
