using System.Text.Encodings.Web;
using Gateway.Caching;
using Gateway.DataLoading;
using Gateway.Execution;
using Gateway.Notifications;
using Gateway.Schema;
using Gateway.Simulation;
using Gateway.Subscriptions;
using Gateway.Transport;
using Gateway.Transport.Http;
using Gateway.Upstream;
using GenesysCloud.Simulator;
using GraphQL;
using GraphQL.MicrosoftDI;

namespace Gateway.Hosting;

/// <summary>The gateway's composition: what <c>Program.cs</c> calls, in the order it reads.</summary>
public static class GatewayHostingExtensions
{
    /// <summary>The upstream client (or the embedded simulator), the DataLoaders, the schema, the subscriptions and the transports.</summary>
    public static WebApplicationBuilder AddGateway(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddGenesysCloudClient(builder.Configuration);
        services.AddEmbeddedSimulatorWhenUnconfigured(builder.Configuration);
        services.AddOptions<ParsedDocumentCacheOptions>().BindConfiguration(ParsedDocumentCacheOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddEntityCache(builder.Configuration);
        services.AddDataLoaders(typeof(GatewaySchema).Assembly);
        services.AddUpstreamNotifications(builder.Configuration);
        services.AddGatewaySubscriptions(builder.Configuration);
        services.AddGraphQL(graphQL => graphQL
            .AddSchema<GatewaySchema>()
            .AddGraphTypes(typeof(GatewaySchema).Assembly)
            // Responses are application/json, never HTML: quotes and apostrophes need no \u escapes.
            .AddSystemTextJson(json => json.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping)
            .ConfigureExecution<StaleEntitiesExecutionExtension>()
            .ConfigureExecution<ParsedDocumentCache>()
            // Every subscription event runs in a service scope of its own: fresh DataLoaders, so a later event never sees
            // what an earlier one loaded. Our loaders are thread-safe, so the parallel strategy keeps batching per level.
            .AddScopedSubscriptionExecutionStrategy(serialExecution: false)
            .AddErrorInfoProvider(options =>
            {
                // `code` is the stable contract; the `codes` list repeats it.
                options.ExposeCodes = false;
                // `data` carries what the errors set on purpose (upstreamStatus, upstreamCode, retryAfterSeconds, entityKind, id).
                options.ExposeData = true;
                options.ExposeExceptionDetails = false;
            })
            .ConfigureExecutionOptions(options =>
            {
                options.ThrowOnUnhandledException = false;
                options.UnhandledExceptionDelegate = context =>
                {
                    var logger = options.RequestServices!.GetRequiredService<ILoggerFactory>().CreateLogger("Gateway.Execution");
                    GatewayLog.UnhandledResolverException(logger, context.OriginalException, context.FieldContext?.FieldDefinition.Name ?? "(document)");
                    return Task.CompletedTask;
                };
            }));
        services.AddGraphQLTransports();
        return builder;
    }

    /// <summary>GraphQL at <c>/graphql</c>: HTTP, graphql-transport-ws and SSE.</summary>
    public static WebApplication MapGraphQL(this WebApplication app)
    {
        app.MapGraphQLEndpoint<GatewaySchema>("/graphql");
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Gateway");
            foreach (var url in app.Urls)
            {
                GatewayLog.GraphQLEndpointReady(logger, $"{url.TrimEnd('/')}/graphql");
            }
        });
        return app;
    }

    private static void AddEmbeddedSimulatorWhenUnconfigured(this IServiceCollection services, IConfiguration configuration)
    {
        var genesys = configuration.GetSection(GenesysOptions.SectionName).Get<GenesysOptions>() ?? new GenesysOptions();
        if (!genesys.UsesEmbeddedSimulator)
        {
            return;
        }

        services.AddOptions<SimulatorOptions>().BindConfiguration(SimulatorOptions.SectionName).ValidateOnStart();
        services.AddSingleton<EmbeddedSimulatorHost>();
        services.AddHostedService(provider => provider.GetRequiredService<EmbeddedSimulatorHost>());
    }
}
