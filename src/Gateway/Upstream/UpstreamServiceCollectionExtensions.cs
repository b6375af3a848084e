using System.Net;
using Gateway.Caching;
using Gateway.Upstream.Budget;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Gateway.Upstream;

/// <summary>Registers the Genesys Cloud client: options, connection, token provider, handlers and resilience.</summary>
public static class UpstreamServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="IGenesysCloudClient"/> bound to the <c>Genesys</c> section of <paramref name="configuration"/>
    /// (validated at start), the <see cref="UpstreamConnection"/> singleton it reads per request, the token provider,
    /// and <see cref="UpstreamCallMetrics"/>. A <see cref="TimeProvider"/> registered by the host is used for token
    /// expiry and <c>Retry-After</c> dates; otherwise the system clock.
    /// </summary>
    public static IServiceCollection AddGenesysCloudClient(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        services.AddOptions<GenesysOptions>()
            .Bind(configuration.GetSection(GenesysOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<GenesysOptions>, GenesysOptionsValidator>());

        // Empty credentials are fine here: the embedded simulator puts its own in with UpstreamConnection.Use.
        services.TryAddSingleton(static provider =>
        {
            var options = provider.GetRequiredService<IOptions<GenesysOptions>>().Value;
            return new UpstreamConnection(options.ResolveApiBaseUrl(), options.ResolveLoginBaseUrl(), options.ClientId ?? "", options.ClientSecret ?? "");
        });

        services.AddMetrics();
        services.TryAddSingleton<UpstreamCallMetrics>();
        services.TryAddSingleton(static provider => new OAuthTokenProvider(
            provider.GetRequiredService<IHttpClientFactory>(),
            provider.GetRequiredService<UpstreamConnection>(),
            TimeOf(provider),
            provider.GetRequiredService<ILogger<OAuthTokenProvider>>()));
        services.TryAddTransient<OAuthTokenHandler>();
        services.TryAddTransient<UpstreamMetricsHandler>();

        services.AddOptions<UpstreamRateBudgetOptions>()
            .Bind(configuration.GetSection(UpstreamRateBudgetOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton<UpstreamBudgetMetrics>();
        services.TryAddSingleton(static provider => new UpstreamRateBudget(
            provider.GetRequiredService<IOptions<UpstreamRateBudgetOptions>>(),
            provider.GetRequiredService<IOptions<GenesysOptions>>(),
            provider.GetRequiredService<UpstreamBudgetMetrics>(),
            TimeOf(provider),
            provider.GetRequiredService<ILogger<UpstreamRateBudget>>(),
            provider.GetService<RedisConnection>()));
        services.TryAddTransient<UpstreamRateBudgetHandler>();

        // The factory's own request logging writes full URLs (host, ids): both clients log through UpstreamLog instead.

        // The token endpoint's client: same resilience, no token handler (a token fetch cannot need a token).
        var oauth = services.AddHttpClient(UpstreamHttpClientNames.OAuth)
            .RemoveAllLoggers()
            .ConfigureHttpClient(ConfigureHttpClient)
            .ConfigurePrimaryHttpMessageHandler(CreatePrimaryHandler);
        oauth.AddResilienceHandler(UpstreamHttpClientNames.OAuthPipeline, static (builder, context) =>
            GenesysResiliencePipeline.Configure(builder, context, withCircuitBreaker: false));
        oauth.AddHttpMessageHandler<UpstreamMetricsHandler>();

        // Handler order, outermost first: resilience (each retry runs the handlers below it again), the token (so
        // every attempt carries the token in effect), the rate budget (a permit per attempt to the API host, the token
        // handler's one retry after a 401 included; the token endpoint and the Notifications socket take none), metrics
        // (one count per request on the wire).
        var api = services.AddHttpClient<IGenesysCloudClient, GenesysCloudClient>(GenesysCloudClient.HttpClientName, static (http, provider) =>
                new GenesysCloudClient(
                    http,
                    provider.GetRequiredService<UpstreamConnection>(),
                    provider.GetRequiredService<IOptions<GenesysOptions>>(),
                    TimeOf(provider),
                    provider.GetRequiredService<ILogger<GenesysCloudClient>>()))
            .RemoveAllLoggers()
            .ConfigureHttpClient(ConfigureHttpClient)
            .ConfigurePrimaryHttpMessageHandler(CreatePrimaryHandler);
        api.AddResilienceHandler(UpstreamHttpClientNames.ApiPipeline, static (builder, context) =>
            GenesysResiliencePipeline.Configure(builder, context, withCircuitBreaker: true));
        api.AddHttpMessageHandler<OAuthTokenHandler>()
            .AddHttpMessageHandler<UpstreamRateBudgetHandler>()
            .AddHttpMessageHandler<UpstreamMetricsHandler>();

        return services;
    }

    private static TimeProvider TimeOf(IServiceProvider provider) => provider.GetService<TimeProvider>() ?? TimeProvider.System;

    private static void ConfigureHttpClient(HttpClient http)
    {
        // The resilience pipeline owns the timeouts.
        http.Timeout = Timeout.InfiniteTimeSpan;
        http.DefaultRequestHeaders.Accept.ParseAdd("application/json");
    }

    private static SocketsHttpHandler CreatePrimaryHandler() => new()
    {
        AutomaticDecompression = DecompressionMethods.All,
    };
}
