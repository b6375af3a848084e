using Gateway.Notifications;
using Gateway.Tests.Infrastructure;
using Gateway.Tests.Upstream;
using Gateway.Upstream;
using GenesysCloud.Simulator;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Gateway.Tests.Notifications;

/// <summary>
/// A running simulator and a service provider composed as the gateway composes the upstream client and
/// <see cref="NotificationsServiceCollectionExtensions.AddUpstreamNotifications"/>, pointed at it; each test gets its own.
/// </summary>
internal sealed class NotificationsTestHost : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private NotificationsTestHost(EmbeddedGenesysSimulator simulator, ServiceProvider services, CapturingLoggerProvider logs)
    {
        Simulator = simulator;
        _services = services;
        Logs = logs;
    }

    public EmbeddedGenesysSimulator Simulator { get; }

    public IServiceProvider Services => _services;

    public CapturingLoggerProvider Logs { get; }

    public UpstreamTopicSubscriptions Subscriptions => _services.GetRequiredService<UpstreamTopicSubscriptions>();

    public string OrganizationId => Simulator.Data.DefaultOrganizationId;

    /// <summary>Timings short enough for a test: a quick debounce and backoff, a channel closed at once when idle.</summary>
    public static Dictionary<string, string?> FastSettings() => new()
    {
        ["Genesys:Notifications:SubscriptionDebounce"] = "00:00:00.020",
        ["Genesys:Notifications:ReconnectBaseDelay"] = "00:00:00.050",
        ["Genesys:Notifications:ReconnectMaxDelay"] = "00:00:00.500",
        ["Genesys:Notifications:IdleChannelGracePeriod"] = "00:00:00",
        ["Genesys:Notifications:ReplacedChannelDrainPeriod"] = "00:00:00.200",
    };

    public static async Task<NotificationsTestHost> StartAsync(
        Action<SimulatorOptions>? simulator = null,
        IDictionary<string, string?>? settings = null,
        Action<IServiceCollection>? configure = null)
    {
        var simulatorOptions = new SimulatorOptions { ExternalContactCount = 50, SessionCount = 100, ConversationCount = 20, UserCount = 30, QueueCount = 10, SegmentCount = 5 };
        simulator?.Invoke(simulatorOptions);
        var running = await GatewayFactory.StartSimulatorAsync(simulatorOptions);

        var merged = FastSettings();
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            merged[key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(merged).Build();
        var logs = new CapturingLoggerProvider();
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.AddProvider(logs).SetMinimumLevel(LogLevel.Trace));
        services.AddGenesysCloudClient(configuration);
        services.AddUpstreamNotifications(configuration);
        configure?.Invoke(services);
        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });

        var client = running.DefaultClient;
        provider.GetRequiredService<UpstreamConnection>().Use(running.BaseAddress, running.BaseAddress, client.ClientId, client.ClientSecret);
        return new NotificationsTestHost(running, provider, logs);
    }

    /// <summary>The simulator's live channels of the default organization.</summary>
    public IReadOnlyList<NotificationChannelSnapshot> Channels() => Simulator.Notifications.Channels(OrganizationId);

    /// <summary>The one live channel (fails when there is not exactly one).</summary>
    public NotificationChannelSnapshot SingleChannel() => Assert.Single(Channels());

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await Simulator.DisposeAsync();
    }
}
