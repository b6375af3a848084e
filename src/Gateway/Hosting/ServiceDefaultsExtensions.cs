using Gateway.Caching;
using Gateway.Limits;
using Gateway.Notifications;
using Gateway.ResponseCaching;
using Gateway.Subscriptions;
using Gateway.Telemetry;
using Gateway.Transport.PersistedOperations;
using Gateway.Upstream;
using Gateway.Upstream.Budget;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Gateway.Hosting;

/// <summary>What every service of ours has: health checks, and OpenTelemetry traces and metrics.</summary>
public static class ServiceDefaultsExtensions
{
    public const string ServiceName = "genesys-graphql-gateway";

    /// <summary>Records spans without an OTLP exporter (one a host adds itself); on by default only with one.</summary>
    public const string TracingEnabledKey = "Telemetry:Tracing:Enabled";

    /// <summary>
    /// Health checks, and OpenTelemetry for ASP.NET Core, outgoing HTTP, the runtime and our own meters
    /// (<c>Gateway.Cache</c>, <c>Gateway.Upstream</c>). Exported over OTLP when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set;
    /// traces are recorded only then, or with <c>Telemetry:Tracing:Enabled=true</c>.
    /// </summary>
    public static WebApplicationBuilder AddServiceDefaults(this WebApplicationBuilder builder)
    {
        builder.Services.AddHealthChecks();
        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(ServiceName))
            .WithMetrics(metrics => metrics
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddRuntimeInstrumentation()
                .AddMeter(GraphQLMetrics.MeterName, CacheMetrics.MeterName, ResponseCacheMetrics.MeterName, UpstreamCallMetrics.MeterName, UpstreamBudgetMetrics.MeterName,
                    NotificationsMetrics.MeterName, SubscriptionMetrics.MeterName, PersistedOperationMetrics.MeterName, OperationLimitMetrics.MeterName));
        var exported = !string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]);

        // Spans cost every request their allocations: recorded only when something takes them.
        if (builder.Configuration.GetValue<bool?>(TracingEnabledKey) ?? exported)
        {
            telemetry.WithTracing(tracing => tracing
                .AddAspNetCoreInstrumentation(options => options.Filter = context => !context.Request.Path.StartsWithSegments("/health"))
                .AddSource(GatewayActivitySource.Name)
                .AddHttpClientInstrumentation(options => options.EnrichWithHttpRequestMessage = UpstreamRoutes.NameSpan));
        }

        if (exported)
        {
            telemetry.UseOtlpExporter();
        }

        return builder;
    }

    /// <summary>
    /// <c>/health</c>: every check (Redis included: degraded when it does not answer, never unhealthy);
    /// <c>/alive</c>: the process answers.
    /// </summary>
    public static WebApplication MapDefaultEndpoints(this WebApplication app)
    {
        app.MapHealthChecks("/health");
        app.MapHealthChecks("/alive", new HealthCheckOptions { Predicate = _ => false });
        return app;
    }
}
