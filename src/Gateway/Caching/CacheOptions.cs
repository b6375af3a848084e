using System.ComponentModel.DataAnnotations;

namespace Gateway.Caching;

/// <summary>The <c>Cache</c> configuration section: how long each kind of entity is kept, and how the cache behaves when things fail.</summary>
public sealed class CacheOptions
{
    public const string SectionName = "Cache";

    /// <summary>First segment of every key; bump it when the cached shape changes so old entries are never read.</summary>
    [Required]
    [RegularExpression("^[A-Za-z0-9:._-]+$")]
    public string KeyPrefix { get; set; } = "gw:v1";

    /// <summary>Time to live per entity kind (<see cref="EntityKinds"/>); <c>Default</c> for a kind not listed.</summary>
    public Dictionary<string, TimeSpan> Durations { get; set; } = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Default"] = TimeSpan.FromMinutes(5),
        [EntityKinds.User] = TimeSpan.FromHours(1),
        [EntityKinds.Queue] = TimeSpan.FromHours(1),
        [EntityKinds.JourneySegment] = TimeSpan.FromHours(1),
        [EntityKinds.ExternalContact] = TimeSpan.FromMinutes(10),
        [EntityKinds.Session] = TimeSpan.FromSeconds(30),
        [EntityKinds.EndedSession] = TimeSpan.FromHours(1),
        [EntityKinds.Conversation] = TimeSpan.FromSeconds(15),
        [EntityKinds.EndedConversation] = TimeSpan.FromHours(1),
        [EntityKinds.CobrowseConversation] = TimeSpan.FromSeconds(15),
        [EntityKinds.SessionPage] = TimeSpan.FromSeconds(15),
    };

    /// <summary>
    /// A hit on an entry older than this fraction of its time to live fetches it again in the background (the caller
    /// gets the fresh value it has), so an entity read all the time does not expire under its readers, who would
    /// otherwise all wait for the upstream at once; a cached response holding it goes when the renewed value lands.
    /// 0 turns it off.
    /// </summary>
    [Range(0.0, 0.99)]
    public double RefreshAheadRatio { get; set; } = 0.8;

    /// <summary>How long an upstream 404 is remembered, so a missing id is not asked for on every request.</summary>
    public TimeSpan NotFoundDuration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long past its TTL an entry may still be served when the upstream fails (fail-safe).</summary>
    public TimeSpan FailSafeMaxDuration { get; set; } = TimeSpan.FromHours(2);

    /// <summary>After a fail-safe, how long the stale value is used before the upstream is tried again.</summary>
    public TimeSpan FailSafeThrottleDuration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>A Redis read slower than this is abandoned for the upstream (it completes in the background).</summary>
    public TimeSpan DistributedCacheSoftTimeout { get; set; } = TimeSpan.FromMilliseconds(100);

    /// <summary>A Redis operation is given up after this, whatever.</summary>
    public TimeSpan DistributedCacheHardTimeout { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>After Redis fails, how long it is left alone before being tried again.</summary>
    public TimeSpan DistributedCacheCircuitBreakerDuration { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// When something fresh from <paramref name="since"/> until <paramref name="freshUntil"/> (an entry, a response
    /// built from entries) is due for renewal (<see cref="RefreshAheadRatio"/>); <see langword="null"/> with it off.
    /// </summary>
    public DateTimeOffset? RenewalDueAt(DateTimeOffset since, DateTimeOffset freshUntil)
        => RefreshAheadRatio > 0 ? since + ((freshUntil - since) * RefreshAheadRatio) : null;

    /// <summary>The TTL of <paramref name="kind"/>.</summary>
    public TimeSpan DurationOf(string kind)
        => Durations.TryGetValue(kind, out var duration) ? duration
            : Durations.TryGetValue("Default", out var fallback) ? fallback
            : TimeSpan.FromMinutes(5);
}
