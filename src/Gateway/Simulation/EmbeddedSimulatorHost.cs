using Gateway.Hosting;
using Gateway.Upstream;
using GenesysCloud.Simulator;
using Microsoft.Extensions.Options;

namespace Gateway.Simulation;

/// <summary>
/// The embedded default: with no Genesys credentials configured, starts the Genesys Cloud simulator in this
/// process on a free loopback port before anything else starts, and points the upstream client at it.
/// </summary>
/// <remarks>
/// A simulator already registered as a service (tests that run several gateways against one upstream) is used
/// as it is, and left running.
/// </remarks>
public sealed class EmbeddedSimulatorHost(
    IOptions<SimulatorOptions> simulatorOptions,
    UpstreamConnection connection,
    IServiceProvider services,
    ILogger<EmbeddedSimulatorHost> logger) : IHostedLifecycleService, IAsyncDisposable
{
    private EmbeddedGenesysSimulator? _simulator;
    private bool _ownsSimulator;

    /// <summary>The running simulator (its call counters, faults and seeded data), once started.</summary>
    public EmbeddedGenesysSimulator Simulator
        => _simulator ?? throw new InvalidOperationException("The embedded simulator has not started yet.");

    public async Task StartingAsync(CancellationToken cancellationToken)
    {
        _simulator = services.GetService<EmbeddedGenesysSimulator>();
        if (_simulator is null)
        {
            _simulator = await EmbeddedGenesysSimulator.StartAsync(simulatorOptions.Value, cancellationToken).ConfigureAwait(false);
            _ownsSimulator = true;
        }

        connection.Use(_simulator.BaseAddress, _simulator.BaseAddress, _simulator.DefaultClient.ClientId, _simulator.DefaultClient.ClientSecret);
        GatewayLog.EmbeddedSimulatorStarted(logger, _simulator.BaseAddress);
        var data = _simulator.Data;
        GatewayLog.EmbeddedSimulatorSampleIds(logger, data.ExternalContactIds[0], data.SessionIds[0], data.ConversationIds[0]);
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task StoppedAsync(CancellationToken cancellationToken) => await DisposeAsync().ConfigureAwait(false);

    public async ValueTask DisposeAsync()
    {
        var simulator = Interlocked.Exchange(ref _simulator, null);
        if (simulator is not null && _ownsSimulator)
        {
            await simulator.DisposeAsync().ConfigureAwait(false);
        }
    }
}
