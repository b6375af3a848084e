using System.Globalization;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Telemetry;
using Polly.Timeout;

namespace Gateway.Upstream;

/// <summary>
/// The resilience pipeline of the upstream clients, outermost first: total timeout, retry, circuit breaker,
/// attempt timeout. Retries what the official SDKs retry (429, 502, 503, 504) plus network errors and attempt
/// timeouts, waiting what <c>Retry-After</c> asks unless that is longer than <see cref="GenesysOptions.MaxRetryAfterSeconds"/>.
/// </summary>
internal static class GenesysResiliencePipeline
{
    // Exponential from here, with jitter: about 0.25 s, 0.5 s, 1 s for three retries; an interactive gateway cannot wait longer.
    private static readonly TimeSpan BackoffBase = TimeSpan.FromMilliseconds(250);
    private static readonly TimeSpan BackoffCap = TimeSpan.FromSeconds(5);

    // What the official SDKs wait after a 429 that names no Retry-After.
    private static readonly TimeSpan RateLimitedDefaultDelay = TimeSpan.FromSeconds(3);

    public static void Configure(ResiliencePipelineBuilder<HttpResponseMessage> builder, ResilienceHandlerContext context, bool withCircuitBreaker)
    {
        context.EnableReloads<GenesysOptions>();
        var options = context.GetOptions<GenesysOptions>();
        var services = context.ServiceProvider;
        var logger = services.GetRequiredService<ILogger<GenesysCloudClient>>();
        var time = services.GetService<TimeProvider>() ?? TimeProvider.System;
        var maxRetryAfter = TimeSpan.FromSeconds(options.MaxRetryAfterSeconds);

        // Polly's own log lines carry the outcome's exception, whose message names the upstream host and port:
        // keep its metrics, log through UpstreamLog instead.
        var telemetry = services.GetService<IOptions<TelemetryOptions>>()?.Value;
        builder.ConfigureTelemetry(new TelemetryOptions(telemetry ?? new TelemetryOptions()) { LoggerFactory = NullLoggerFactory.Instance });

        builder.AddStrategy(_ => new PipelineStartStrategy(time), new PipelineStartStrategyOptions());
        var totalTimeout = TimeSpan.FromSeconds(options.TotalTimeoutSeconds);
        builder.AddTimeout(new HttpTimeoutStrategyOptions
        {
            Name = "total",
            Timeout = TimeSpan.FromSeconds(options.TotalTimeoutSeconds),
        });

        if (options.MaxRetries > 0)
        {
            builder.AddRetry(new HttpRetryStrategyOptions
            {
                MaxRetryAttempts = options.MaxRetries,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = BackoffBase,
                MaxDelay = BackoffCap,
                ShouldRetryAfterHeader = false,
                ShouldHandle = args => ValueTask.FromResult(ShouldRetry(args.Outcome, args.Context, maxRetryAfter, totalTimeout, options.MaxRetryAfterSeconds, time, logger)),
                DelayGenerator = args => ValueTask.FromResult(RequestedDelay(args.Outcome, time)),
                OnRetry = args =>
                {
                    LogRetry(logger, args.Context, args.Outcome, args.AttemptNumber + 1, args.RetryDelay);
                    return ValueTask.CompletedTask;
                },
            });
        }

        if (withCircuitBreaker)
        {
            // Opens when half the calls of 30 s (at least 20 of them) failed on the upstream's side; 429 is not a fault.
            builder.AddCircuitBreaker(new HttpCircuitBreakerStrategyOptions
            {
                FailureRatio = 0.5,
                MinimumThroughput = 20,
                SamplingDuration = TimeSpan.FromSeconds(30),
                BreakDuration = TimeSpan.FromSeconds(15),
                ShouldHandle = args => ValueTask.FromResult(IsUpstreamFault(args.Outcome)),
            });
        }

        builder.AddTimeout(new HttpTimeoutStrategyOptions
        {
            Name = "attempt",
            Timeout = TimeSpan.FromSeconds(options.AttemptTimeoutSeconds),
        });
    }

    private static bool ShouldRetry(
        Outcome<HttpResponseMessage> outcome, ResilienceContext context, TimeSpan maxRetryAfter, TimeSpan totalTimeout, int maxRetryAfterSeconds, TimeProvider time, ILogger logger)
    {
        if (outcome.Exception is not null)
        {
            return outcome.Exception is HttpRequestException or TimeoutRejectedException;
        }

        var response = outcome.Result!;
        if (response.StatusCode is not (HttpStatusCode.TooManyRequests or HttpStatusCode.BadGateway
            or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout))
        {
            return false;
        }

        // Waiting longer than we allow would hold the caller hostage: surface the answer instead.
        // So would a wait the total timeout cuts short: the caller would get a timeout instead of the 429 and its Retry-After.
        var requested = RequestedDelay(outcome, time);
        if (requested is { } wait
            && (wait > maxRetryAfter || wait >= totalTimeout - PipelineStartStrategy.Elapsed(context, time)))
        {
            UpstreamLog.RetryAfterTooLong(logger, Route(context), (long)Math.Ceiling(wait.TotalSeconds), maxRetryAfterSeconds);
            return false;
        }

        return true;
    }

    private static TimeSpan? RequestedDelay(Outcome<HttpResponseMessage> outcome, TimeProvider time)
    {
        if (outcome.Result is not { } response)
        {
            return null;
        }

        return RetryAfterHeader.Read(response, time)
            ?? (response.StatusCode == HttpStatusCode.TooManyRequests ? RateLimitedDefaultDelay : null);
    }

    private static bool IsUpstreamFault(Outcome<HttpResponseMessage> outcome)
        => outcome.Exception is HttpRequestException or TimeoutRejectedException
           || (outcome.Result is { } response && (int)response.StatusCode >= 500);

    private static void LogRetry(ILogger logger, ResilienceContext context, Outcome<HttpResponseMessage> outcome, int attempt, TimeSpan delay)
    {
        var route = Route(context);
        var milliseconds = (long)delay.TotalMilliseconds;
        if (outcome.Result?.StatusCode == HttpStatusCode.TooManyRequests)
        {
            UpstreamLog.RetryingAfterRateLimit(logger, route, attempt, milliseconds);
        }
        else
        {
            // The status, or the exception's type: never its message, which names the host.
            var what = outcome.Result is { } response
                ? ((int)response.StatusCode).ToString(CultureInfo.InvariantCulture)
                : outcome.Exception?.GetType().Name ?? "unknown";
            UpstreamLog.Retrying(logger, route, what, attempt, milliseconds);
        }
    }

    private static string Route(ResilienceContext context)
        => context.GetRequestMessage() is { } request ? UpstreamRoutes.Of(request) : UpstreamRoutes.Unknown;
}
