using System.ComponentModel.DataAnnotations;

namespace Gateway.Upstream.Budget;

/// <summary>
/// The <c>Genesys:RateBudget</c> configuration section: how many requests a minute every gateway instance together may
/// send to the Genesys Cloud API.
/// </summary>
public sealed class UpstreamRateBudgetOptions
{
    public const string SectionName = "Genesys:RateBudget";

    /// <summary>
    /// On or off; unset, on with real credentials and off on the embedded simulator (whose own rate limit,
    /// <c>Simulator:RateLimitPerMinute</c>, is off by default).
    /// </summary>
    public bool? Enabled { get; set; }

    /// <summary>The organization's upstream budget: API requests a minute for all instances together; 0 turns the budget off.</summary>
    [Range(0, 1_000_000)]
    public int RequestsPerMinute { get; set; } = 300;

    /// <summary>Calls one instance lets wait for a permit; one more is refused at once.</summary>
    [Range(0, 100_000)]
    public int QueueLimit { get; set; } = 1000;

    /// <summary>
    /// While Redis is unreachable each instance falls back to a local budget of <see cref="RequestsPerMinute"/> divided
    /// by this; 1 (the default) keeps requests flowing at the full budget, the number of instances keeps strictly under it.
    /// </summary>
    [Range(1, 1000)]
    public int FallbackInstanceCount { get; set; } = 1;
}
