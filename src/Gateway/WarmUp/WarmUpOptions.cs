using System.ComponentModel.DataAnnotations;

namespace Gateway.WarmUp;

/// <summary>
/// The <c>WarmUp</c> configuration section: what the gateway does before it listens, so that its first request does
/// not pay for the schema's initialization, the engine's first compilation and the upstream token.
/// </summary>
public sealed class WarmUpOptions
{
    public const string SectionName = "WarmUp";

    /// <summary>The off switch: false leaves all of it to the first request.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// Also fetch the upstream token and the organization id the credentials belong to (client credentials only; a
    /// pass-through gateway has no token of its own).
    /// </summary>
    public bool Upstream { get; set; } = true;

    /// <summary>
    /// Front-end queries sent, before anything else starts, to a throw-away copy of the gateway over its own built-in
    /// simulator (<see cref="SimulatedTrafficWarmUp"/>), so the data path is compiled and optimized before a caller's
    /// first query; 0 skips it. Costs the start about two seconds.
    /// </summary>
    [Range(0, 10_000)]
    public int SimulatedQueries { get; set; } = 400;

    /// <summary>The longest the warm-up may hold back the start; what is not done by then is left to the first request.</summary>
    [Range(1, 600)]
    public int TimeoutSeconds { get; set; } = 15;
}
