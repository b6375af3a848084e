namespace GenesysCloud.Simulator;

/// <summary>
/// Settings of the Genesys Cloud simulator, bound from the <c>Simulator</c> configuration section.
/// </summary>
public sealed class SimulatorOptions
{
    public const string SectionName = "Simulator";

    /// <summary>The organization of the built-in default client.</summary>
    public const string DefaultOrganizationId = "00000000-0000-4000-8000-000000000001";

    public const string DefaultClientId = "simulator-client";
    public const string DefaultClientSecret = "simulator-secret";

    /// <summary>Seed of every generated value; the same seed gives the same data.</summary>
    public int Seed { get; set; } = 42;

    public int ExternalContactCount { get; set; } = 1000;
    public int SessionCount { get; set; } = 5000;
    public int ConversationCount { get; set; } = 500;
    public int UserCount { get; set; } = 200;
    public int QueueCount { get; set; } = 50;
    public int SegmentCount { get; set; } = 30;

    /// <summary>
    /// The "now" the generated data is laid out around (sessions, conversations, contacts are dated before it),
    /// fixed so that two runs with the same seed answer the same JSON.
    /// </summary>
    public DateTimeOffset ReferenceTime { get; set; } = new(2025, 11, 1, 12, 0, 0, TimeSpan.Zero);

    /// <summary>Latency added to every answer.</summary>
    public int LatencyMilliseconds { get; set; }

    /// <summary>Up to this many milliseconds more, drawn from a seeded stream, on top of <see cref="LatencyMilliseconds"/>.</summary>
    public int LatencyJitterMilliseconds { get; set; }

    /// <summary>Share of API calls (0..1) answered with a 500, drawn from a seeded stream.</summary>
    public double ErrorRate { get; set; }

    /// <summary>Requests a minute allowed per access token before 429; 0 turns the limiter off.</summary>
    public int RateLimitPerMinute { get; set; }

    /// <summary>
    /// Refuse a request body sent without a <c>Content-Length</c> (chunked) with 411, as some proxies and API front doors
    /// in front of the platform do. Off by default.
    /// </summary>
    public bool RequireContentLength { get; set; }

    /// <summary>Lifetime of issued access tokens (<c>expires_in</c>).</summary>
    public int TokenLifetimeSeconds { get; set; } = 86400;

    /// <summary>Most ids accepted by <c>POST /api/v2/externalcontacts/bulk/contacts</c>; more is a 400.</summary>
    public int BulkContactsMaxIds { get; set; } = 100;

    /// <summary>Most ids accepted by the <c>id=</c> list of users and queues; more is a 400.</summary>
    public int ListMaxIds { get; set; } = 100;

    /// <summary>The Notifications API: channels, topic subscriptions, the WebSocket and the change events.</summary>
    public SimulatorNotificationsOptions Notifications { get; set; } = new();

    /// <summary>OAuth clients the token endpoint accepts; each one belongs to an organization.</summary>
    public IList<SimulatorClientOptions> Clients { get; set; } = [];

    /// <summary>The configured clients, or the default client when none is configured.</summary>
    public IReadOnlyList<SimulatorClientOptions> EffectiveClients =>
        Clients.Count > 0 ? [.. Clients] : [SimulatorClientOptions.Default];
}
