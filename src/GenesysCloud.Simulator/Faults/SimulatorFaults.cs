using GenesysCloud.Simulator.Faults;
using Microsoft.Extensions.Options;

namespace GenesysCloud.Simulator;

/// <summary>
/// Faults the simulator injects, adjustable while it runs: failures per route (every call or the next N),
/// extra latency per route, and the global latency, jitter, random error rate and rate limit (initialised
/// from <see cref="SimulatorOptions"/>). Thread-safe.
/// </summary>
public sealed class SimulatorFaults
{
    private readonly SimulatorOptions _options;
    private readonly Lock _gate = new();
    private readonly List<FaultRule> _failures = [];
    private readonly Dictionary<string, TimeSpan> _delays = new(StringComparer.Ordinal);

    // Seeded, so a run with the same seed and the same request order fails the same requests.
    private readonly Random _random;

    private readonly TokenRateLimiter _rateLimiter;
    private volatile bool _hasRules;

    public SimulatorFaults(IOptions<SimulatorOptions> options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value;
        _random = new Random(unchecked((_options.Seed * 31) + 0x0FA17));
        _rateLimiter = new TokenRateLimiter(this, time);
        Reset();
    }

    /// <summary>Latency added to every call.</summary>
    public TimeSpan Latency { get; set; }

    /// <summary>Up to this much more latency, drawn from a seeded stream.</summary>
    public TimeSpan LatencyJitter { get; set; }

    /// <summary>Share of API calls (0..1) answered with a 500 <c>internal.server.error</c>.</summary>
    public double ErrorRate
    {
        get;
        set => field = value is >= 0 and <= 1 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "Between 0 and 1.");
    }

    /// <summary>Requests a minute allowed per access token; 0 is unlimited.</summary>
    public int RateLimitPerMinute
    {
        get;
        set => field = value >= 0 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "Not negative.");
    }

    /// <summary>
    /// Answers calls on <paramref name="route"/> (a <see cref="SimulatorRoutes"/> name, or <see cref="SimulatorRoutes.Any"/>)
    /// with <paramref name="status"/> and the platform's error body: every call, or the next <paramref name="times"/> calls.
    /// A 429 carries <c>Retry-After</c> (<paramref name="retryAfter"/>, 1 s by default).
    /// </summary>
    public void Fail(string route, int status, int? times = null, TimeSpan? retryAfter = null)
    {
        EnsureKnownRoute(route);
        ArgumentOutOfRangeException.ThrowIfLessThan(status, 400);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(status, 599);
        if (times is < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(times), times, "At least 1, or null for every call.");
        }

        lock (_gate)
        {
            _failures.Add(new FaultRule(route, status, times, retryAfter));
            _hasRules = true;
        }
    }

    /// <summary>Adds <paramref name="delay"/> to every call on <paramref name="route"/> (or <see cref="SimulatorRoutes.Any"/>); zero removes it.</summary>
    public void Delay(string route, TimeSpan delay)
    {
        EnsureKnownRoute(route);
        ArgumentOutOfRangeException.ThrowIfLessThan(delay, TimeSpan.Zero);
        lock (_gate)
        {
            if (delay == TimeSpan.Zero)
            {
                _delays.Remove(route);
            }
            else
            {
                _delays[route] = delay;
            }

            _hasRules = _failures.Count > 0 || _delays.Count > 0;
        }
    }

    /// <summary>Removes every failure and per-route delay; the global settings stay.</summary>
    public void Clear()
    {
        lock (_gate)
        {
            _failures.Clear();
            _delays.Clear();
            _hasRules = false;
        }
    }

    /// <summary>Clears the rules and the rate limiter's windows and puts the global settings back to the configured options.</summary>
    public void Reset()
    {
        Clear();
        _rateLimiter.Clear();
        Latency = TimeSpan.FromMilliseconds(_options.LatencyMilliseconds);
        LatencyJitter = TimeSpan.FromMilliseconds(_options.LatencyJitterMilliseconds);
        ErrorRate = _options.ErrorRate;
        RateLimitPerMinute = _options.RateLimitPerMinute;
    }

    /// <summary>The active failure rules, for diagnostics.</summary>
    public IReadOnlyList<FaultRule> Failures
    {
        get
        {
            lock (_gate)
            {
                return [.. _failures];
            }
        }
    }

    /// <summary>The latency to add to a call on <paramref name="route"/>.</summary>
    internal TimeSpan LatencyFor(string route)
    {
        var latency = Latency;
        var jitter = LatencyJitter;
        if (jitter > TimeSpan.Zero)
        {
            double draw;
            lock (_random)
            {
                draw = _random.NextDouble();
            }

            latency += jitter * draw;
        }

        if (_hasRules)
        {
            lock (_gate)
            {
                if (_delays.TryGetValue(route, out var delay))
                {
                    latency += delay;
                }

                if (_delays.TryGetValue(SimulatorRoutes.Any, out var any))
                {
                    latency += any;
                }
            }
        }

        return latency;
    }

    /// <summary>The failure rule that answers this call, consuming one of its remaining times; null when none.</summary>
    internal FaultRule? NextFailure(string route)
    {
        if (!_hasRules)
        {
            return null;
        }

        lock (_gate)
        {
            for (var i = 0; i < _failures.Count; i++)
            {
                var rule = _failures[i];
                if (rule.Route != SimulatorRoutes.Any && !string.Equals(rule.Route, route, StringComparison.Ordinal))
                {
                    continue;
                }

                if (rule.RemainingTimes is { } remaining)
                {
                    if (remaining <= 1)
                    {
                        _failures.RemoveAt(i);
                        _hasRules = _failures.Count > 0 || _delays.Count > 0;
                    }
                    else
                    {
                        _failures[i] = rule with { RemainingTimes = remaining - 1 };
                    }
                }

                return rule;
            }
        }

        return null;
    }

    // A misspelt route would silently never fire: refuse it.
    private static void EnsureKnownRoute(string route)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(route);
        if (route != SimulatorRoutes.Any && !SimulatorRoutes.All.Contains(route, StringComparer.Ordinal))
        {
            throw new ArgumentException($"Unknown route '{route}': use a SimulatorRoutes name or \"{SimulatorRoutes.Any}\".", nameof(route));
        }
    }

    /// <summary>Counts a call against the token's budget: null when allowed, else how long until it may retry.</summary>
    internal TimeSpan? TryAcquireRateLimit(string accessToken) => _rateLimiter.TryAcquire(accessToken);

    /// <summary>Whether this call draws a random 500 under <see cref="ErrorRate"/>.</summary>
    internal bool DrawRandomError()
    {
        var rate = ErrorRate;
        if (rate <= 0)
        {
            return false;
        }

        lock (_random)
        {
            return _random.NextDouble() < rate;
        }
    }
}
