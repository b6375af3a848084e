using System.Net;
using GenesysCloud.Simulator.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace GenesysCloud.Simulator;

/// <summary>
/// The simulator in-process: its own Kestrel server on 127.0.0.1 and a free port, serving the API and the OAuth
/// token endpoint at <see cref="BaseAddress"/>. Used by the gateway's embedded default, tests and benchmarks.
/// </summary>
public sealed class EmbeddedGenesysSimulator : IAsyncDisposable
{
    private readonly WebApplication _app;
    private int _stopped;

    private EmbeddedGenesysSimulator(WebApplication app, Uri baseAddress)
    {
        _app = app;
        BaseAddress = baseAddress;
        Calls = app.Services.GetRequiredService<UpstreamCallCounter>();
        Faults = app.Services.GetRequiredService<SimulatorFaults>();
        Data = app.Services.GetRequiredService<SimulatorDataStore>();
        Tokens = app.Services.GetRequiredService<SimulatorTokenStore>();
        Notifications = app.Services.GetRequiredService<SimulatorNotifications>();
        Options = app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<SimulatorOptions>>().Value;
    }

    /// <summary>The root of both the API (<c>api/v2/…</c>) and the token endpoint (<c>oauth/token</c>), ending in '/'.</summary>
    public Uri BaseAddress { get; }

    public Uri TokenEndpoint => new(BaseAddress, "oauth/token");

    public UpstreamCallCounter Calls { get; }

    public SimulatorFaults Faults { get; }

    public SimulatorDataStore Data { get; }

    /// <summary>The issued tokens; <see cref="SimulatorTokenStore.RevokeAll"/> makes every caller's next call a 401.</summary>
    public SimulatorTokenStore Tokens { get; }

    /// <summary>The notification service: channels, counters, sockets ended on demand, and the data changes it publishes.</summary>
    public SimulatorNotifications Notifications { get; }

    public SimulatorOptions Options { get; }

    /// <summary>The first configured client (the default client when none is configured).</summary>
    public SimulatorClientOptions DefaultClient => Options.EffectiveClients[0];

    public IServiceProvider Services => _app.Services;

    public static Task<EmbeddedGenesysSimulator> StartAsync(SimulatorOptions options, CancellationToken ct = default) =>
        StartAsync(options, configure: null, ct);

    /// <summary>
    /// Starts a simulator with these options (validated first). <paramref name="configure"/> may add logging
    /// providers or replace services (a <see cref="TimeProvider"/>); by default the simulator logs nothing.
    /// </summary>
    public static async Task<EmbeddedGenesysSimulator> StartAsync(
        SimulatorOptions options, Action<WebApplicationBuilder>? configure, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(options);

        // The empty builder reads no appsettings, environment or command line of the hosting process and
        // watches no files: the simulator is configured by the options alone.
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(EmbeddedGenesysSimulator).Assembly.GetName().Name,
        });
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        builder.Services.AddGenesysSimulator(options);
        configure?.Invoke(builder);

        var app = builder.Build();
        // No protocol-level pings: the platform's liveness is its own heartbeat message, and a silenced socket must be silent.
        app.UseWebSockets(new WebSocketOptions { KeepAliveInterval = TimeSpan.Zero });
        app.UseRouting();
        app.MapGenesysSimulator();
        await app.StartAsync(ct);

        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var simulator = new EmbeddedGenesysSimulator(app, new Uri(address.TrimEnd('/') + "/"));
        SimulatorLog.Listening(app.Services.GetRequiredService<ILogger<EmbeddedGenesysSimulator>>(), simulator.BaseAddress);
        return simulator;
    }

    public async Task StopAsync(CancellationToken ct = default)
    {
        if (Interlocked.Exchange(ref _stopped, 1) == 0)
        {
            await _app.StopAsync(ct);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        await _app.DisposeAsync();
    }
}
