using Gateway.Tests.Infrastructure;
using Gateway.Upstream;
using GenesysCloud.Simulator;
using GenesysCloud.Simulator.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Gateway.Tests.Upstream;

/// <summary>
/// A running simulator and a service provider with <see cref="UpstreamServiceCollectionExtensions.AddGenesysCloudClient"/>
/// pointed at it, as the gateway composes them; each test gets its own, so counters and faults are its own.
/// </summary>
internal sealed class UpstreamTestHost : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private UpstreamTestHost(EmbeddedGenesysSimulator simulator, ServiceProvider services, CapturingLoggerProvider logs)
    {
        Simulator = simulator;
        _services = services;
        Logs = logs;
    }

    public EmbeddedGenesysSimulator Simulator { get; }

    public IServiceProvider Services => _services;

    public CapturingLoggerProvider Logs { get; }

    public IGenesysCloudClient Client => _services.GetRequiredService<IGenesysCloudClient>();

    public string OrganizationId => Simulator.Data.DefaultOrganizationId;

    /// <summary>A small seeded data set: enough ids for chunking, quick to build.</summary>
    public static SimulatorOptions SmallSimulator() => new()
    {
        ExternalContactCount = 300,
        SessionCount = 900,
        ConversationCount = 10,
        UserCount = 60,
        QueueCount = 20,
        SegmentCount = 5,
    };

    public static async Task<UpstreamTestHost> StartAsync(
        SimulatorOptions? simulatorOptions = null,
        IDictionary<string, string?>? settings = null,
        TimeProvider? time = null,
        Action<IServiceCollection>? configure = null)
    {
        var simulator = await GatewayFactory.StartSimulatorAsync(simulatorOptions ?? SmallSimulator());
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings ?? new Dictionary<string, string?>()).Build();
        var logs = new CapturingLoggerProvider();
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.AddProvider(logs).SetMinimumLevel(LogLevel.Trace));
        if (time is not null)
        {
            services.AddSingleton(time);
        }

        services.AddGenesysCloudClient(configuration);
        configure?.Invoke(services);
        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });

        // As the gateway's embedded default does once the simulator listens.
        var client = simulator.DefaultClient;
        provider.GetRequiredService<UpstreamConnection>().Use(simulator.BaseAddress, simulator.BaseAddress, client.ClientId, client.ClientSecret);
        return new UpstreamTestHost(simulator, provider, logs);
    }

    /// <summary>The token the client holds now (fetched if none is held yet).</summary>
    public async Task<string> CurrentTokenAsync()
        => await _services.GetRequiredService<OAuthTokenProvider>().GetTokenAsync(CancellationToken.None);

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await Simulator.DisposeAsync();
    }
}
