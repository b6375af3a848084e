using System.Text.Encodings.Web;
using Gateway.Auth;
using Gateway.Caching;
using Gateway.DataLoading;
using Gateway.Execution;
using Gateway.Limits;
using Gateway.Notifications;
using Gateway.PersistedOperations;
using Gateway.ResponseCaching;
using Gateway.Schema;
using Gateway.Simulation;
using Gateway.Subscriptions;
using Gateway.Telemetry;
using Gateway.Transport;
using Gateway.Transport.Http;
using Gateway.Transport.Playground;
using Gateway.Upstream;
using Gateway.WarmUp;
using GenesysCloud.Simulator;
using GraphQL;
using GraphQL.MicrosoftDI;
using Microsoft.Extensions.Options;

namespace Gateway.Hosting;

/// <summary>The gateway's composition: what <c>Program.cs</c> calls, in the order it reads.</summary>
public static class GatewayHostingExtensions
{
    private const string GraphQLPath = "/graphql";

    /// <summary>The README's install step for the IDE's static build (<c>playground/</c>, copied by the build).</summary>
    private const string PlaygroundInstallHint = "run `npm ci --prefix playground` in the repository, then build again (`dotnet build src/Gateway`)";

    /// <summary>The upstream client (or the embedded simulator), the DataLoaders, the schema, the subscriptions and the transports.</summary>
    public static WebApplicationBuilder AddGateway(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddGenesysCloudClient(builder.Configuration);
        services.AddGatewayAuth(builder.Configuration);
        services.AddEmbeddedSimulatorWhenUnconfigured(builder.Configuration);
        services.AddOptions<ParsedDocumentCacheOptions>().BindConfiguration(ParsedDocumentCacheOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddEntityCache(builder.Configuration);
        services.AddPersistedOperations();
        services.AddDataLoaders(typeof(GatewaySchema).Assembly);
        services.AddUpstreamNotifications(builder.Configuration);
        services.AddGatewaySubscriptions(builder.Configuration);
        services.AddGraphQLTelemetry();
        services.AddGraphQL(graphQL => graphQL
            .AddSchema<GatewaySchema>()
            .AddGraphTypes(typeof(GatewaySchema).Assembly)
            // Responses are application/json, never HTML: quotes and apostrophes need no \u escapes.
            .AddSystemTextJson(json => json.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping)
            .ConfigureExecution<OperationTelemetry>()
            .ConfigureExecution<StaleEntitiesExecutionExtension>()
            .ConfigureExecution<ParsedDocumentCache>()
            .AddResponseCache(services, builder.Configuration)
            .ConfigureExecution<RequestDataLoadersExecution>()
            .AddOperationLimits(services, builder.Environment.IsDevelopment())
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
        services.AddPlayground(builder);
        services.AddGatewayWarmUp();
        return builder;
    }

    /// <summary>GraphQL at <c>/graphql</c>: HTTP, graphql-transport-ws and SSE; Banana Cake Pop for a browser that opens it.</summary>
    public static WebApplication MapGraphQL(this WebApplication app)
    {
        app.MapGraphQLEndpoint<GatewaySchema>(GraphQLPath, configureFallback: playground => playground.UseBananaCakePop(GraphQLPath));
        app.MapBananaCakePop(GraphQLPath);
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Gateway");
            var playgroundOptions = app.Services.GetRequiredService<IOptions<BananaCakePopOptions>>().Value;
            // Without its files the playground has already said how to install them; no URL to advertise then.
            var playground = playgroundOptions.Enabled == true && File.Exists(Path.Combine(playgroundOptions.ResolveAssetsPath(), "index.html"));
            foreach (var url in app.Urls)
            {
                GatewayLog.GraphQLEndpointReady(logger, $"{url.TrimEnd('/')}{GraphQLPath}");
                if (playground)
                {
                    GatewayLog.PlaygroundReady(logger, $"{url.TrimEnd('/')}{GraphQLPath}/");
                }
            }
        });
        return app;
    }

    /// <summary>
    /// The IDE: on unless <c>GraphQL:Playground:Enabled</c> says otherwise in Development and on the embedded simulator
    /// (a demo), off against a real organization in any other environment.
    /// </summary>
    private static void AddPlayground(this IServiceCollection services, WebApplicationBuilder builder)
    {
        var isDevelopment = builder.Environment.IsDevelopment();
        services.AddBananaCakePop();
        services.AddOptions<BananaCakePopOptions>().PostConfigure<IOptions<GenesysOptions>>((options, genesys) =>
        {
            options.Enabled ??= isDevelopment || (genesys.Value.UsesEmbeddedSimulator && builder.Configuration.ReadAuthOptions().Mode != AuthMode.PassThrough);
            options.InstallHint = PlaygroundInstallHint;
        });
    }

    private static void AddEmbeddedSimulatorWhenUnconfigured(this IServiceCollection services, IConfiguration configuration)
    {
        var genesys = configuration.GetSection(GenesysOptions.SectionName).Get<GenesysOptions>() ?? new GenesysOptions();

        // Pass-through callers bring tokens of a real upstream: without client credentials of its own the gateway still
        // calls the configured one, never a simulator of its own.
        if (!genesys.UsesEmbeddedSimulator || configuration.ReadAuthOptions().Mode == AuthMode.PassThrough)
        {
            return;
        }

        services.AddOptions<SimulatorOptions>().BindConfiguration(SimulatorOptions.SectionName).ValidateOnStart();
        services.AddSingleton<EmbeddedSimulatorHost>();
        services.AddHostedService(provider => provider.GetRequiredService<EmbeddedSimulatorHost>());
    }
}
