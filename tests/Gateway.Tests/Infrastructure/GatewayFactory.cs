using Gateway.Schema;
using Gateway.WarmUp;
using GenesysCloud.Simulator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Gateway.Tests.Infrastructure;

/// <summary>
/// The whole gateway in-process on its embedded default: a Genesys simulator on a loopback port, no credentials.
/// The simulator is started here rather than by the gateway, so several gateways can share one upstream.
/// </summary>
public class GatewayFactory : WebApplicationFactory<GatewaySchema>, IAsyncLifetime
{
    // WebApplicationFactory intercepts every host built while one is being created; hosts are built one at a time.
    private static readonly SemaphoreSlim HostCreation = new(1, 1);

    // No warm-up unless a test asks for it (WarmUpTests): tests count each query's upstream calls from the first one,
    // token and organization look-up included. Nor its simulated traffic, unless asked for too: two seconds of both
    // cores a start, beside the other test assemblies' timing.
    private readonly Dictionary<string, string?> _settings = new() { ["WarmUp:Enabled"] = "false", ["WarmUp:SimulatedQueries"] = "0" };
    private EmbeddedGenesysSimulator? _simulator;

    /// <summary>An upstream another gateway also uses; when unset, this factory starts (and stops) its own.</summary>
    public EmbeddedGenesysSimulator? SharedSimulator { get; init; }

    /// <summary>The simulator options used when this factory starts its own simulator.</summary>
    public SimulatorOptions SimulatorOptions { get; } = new() { Seed = 42 };

    /// <summary>The running simulator: call counters, faults and the seeded data the answers must match.</summary>
    public EmbeddedGenesysSimulator Simulator => _simulator ?? throw new InvalidOperationException("Call InitializeAsync first.");

    /// <summary>
    /// Captures every line the gateway logs, under the levels of its own configuration (appsettings.json) rather than the
    /// tests' usual Warning floor: what an operator running the defaults would see.
    /// </summary>
    public ILoggerProvider? LogCapture { get; init; }

    /// <summary>Services added after the gateway's own (e.g. an OpenTelemetry processor that records spans).</summary>
    public Action<IServiceCollection>? ConfigureServices { get; init; }

    /// <summary>Serve on a real Kestrel socket on 127.0.0.1 (for clients outside the process, e.g. Node.js).</summary>
    public bool UseRealSocket { get; init; }

    /// <summary>The GraphQL endpoint on the real socket; requires <see cref="UseRealSocket"/>.</summary>
    public Uri GraphQLEndpoint
    {
        get
        {
            var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            return new Uri(address.TrimEnd('/') + "/graphql");
        }
    }

    /// <summary>
    /// Starts a simulator for tests that share one between gateways or use it alone. Every host of this test process is
    /// built under one lock: a WebApplicationFactory takes over the next host built anywhere in the process while it
    /// creates its own, and a simulator built meanwhile by another test would be the host it took.
    /// </summary>
    public static async Task<EmbeddedGenesysSimulator> StartSimulatorAsync(SimulatorOptions options, Action<WebApplicationBuilder>? configure = null)
    {
        await HostCreation.WaitAsync();
        try
        {
            return await EmbeddedGenesysSimulator.StartAsync(options, configure);
        }
        finally
        {
            HostCreation.Release();
        }
    }

    /// <summary>Starts the warm-up's throw-away copy of the gateway for a test of its own, under the same lock (it builds a host too).</summary>
    public static async Task<SimulatedGateway> StartSimulatedGatewayAsync()
    {
        await HostCreation.WaitAsync();
        try
        {
            return await SimulatedGateway.StartAsync(AppContext.BaseDirectory, CancellationToken.None);
        }
        finally
        {
            HostCreation.Release();
        }
    }

    /// <summary>Sets a configuration key before the host starts (e.g. <c>Redis:ConnectionString</c>).</summary>
    public GatewayFactory With(string key, string? value)
    {
        _settings[key] = value;
        return this;
    }

    public async Task InitializeAsync()
    {
        await HostCreation.WaitAsync();
        try
        {
            _simulator = SharedSimulator ?? await EmbeddedGenesysSimulator.StartAsync(SimulatorOptions);
            if (UseRealSocket)
            {
                UseKestrel(0);
            }

            StartServer();
        }
        finally
        {
            HostCreation.Release();
        }
    }

    async Task IAsyncLifetime.DisposeAsync() => await DisposeAsync();

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (SharedSimulator is null && _simulator is not null)
        {
            await _simulator.DisposeAsync();
        }

        GC.SuppressFinalize(this);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        // UseSetting, not ConfigureAppConfiguration: Program reads some keys (Redis, credentials) while composing services.
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureLogging(logging =>
        {
            if (LogCapture is null)
            {
                logging.SetMinimumLevel(LogLevel.Warning);
            }
            else
            {
                logging.AddProvider(LogCapture);
            }
        });
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton(Simulator);
            ConfigureServices?.Invoke(services);
        });
    }
}
