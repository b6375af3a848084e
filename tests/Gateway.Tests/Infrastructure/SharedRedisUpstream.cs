using GenesysCloud.Simulator;

namespace Gateway.Tests.Infrastructure;

/// <summary>
/// A real <c>redis-server</c> and one simulator with two organizations (the default client's and tenant B's), shared
/// by the gateways a test starts on them: what the Redis cache and response-cache tests need of several instances.
/// </summary>
public sealed class SharedRedisUpstream : IAsyncLifetime
{
    public const string TenantBClientId = "tenant-b-client";
    public const string TenantBSecret = "tenant-b-secret";
    public const string TenantBOrganizationId = "00000000-0000-4000-8000-0000000000b2";

    private readonly List<GatewayFactory> _gateways = [];
    private EmbeddedGenesysSimulator? _simulator;

    public RedisServer Redis { get; } = new();

    public EmbeddedGenesysSimulator Simulator => _simulator ?? throw new InvalidOperationException("Call InitializeAsync first.");

    public async Task InitializeAsync()
    {
        await Redis.InitializeAsync();
        var options = new SimulatorOptions { Seed = 42 };
        options.Clients.Add(SimulatorClientOptions.Default);
        options.Clients.Add(new SimulatorClientOptions
        {
            ClientId = TenantBClientId,
            ClientSecret = TenantBSecret,
            OrganizationId = TenantBOrganizationId,
            OrganizationName = "Tenant B",
        });
        _simulator = await GatewayFactory.StartSimulatorAsync(options);
    }

    /// <summary>
    /// A gateway on this Redis and simulator (a short Redis soft timeout, so a stalled Redis shows quickly), stopped with
    /// the rest; <paramref name="configure"/> adds settings before it starts.
    /// </summary>
    public async Task<GatewayFactory> StartGatewayAsync(Func<GatewayFactory, GatewayFactory>? configure = null)
    {
        var gateway = new GatewayFactory { SharedSimulator = Simulator }
            .With("Redis:ConnectionString", Redis.ConnectionString)
            .With("Cache:DistributedCacheSoftTimeout", "00:00:00.250");
        gateway = configure?.Invoke(gateway) ?? gateway;
        _gateways.Add(gateway);
        await gateway.InitializeAsync();
        return gateway;
    }

    public async Task DisposeAsync()
    {
        foreach (var gateway in _gateways)
        {
            await ((IAsyncLifetime)gateway).DisposeAsync();
        }

        if (_simulator is not null)
        {
            await _simulator.DisposeAsync();
        }

        await Redis.DisposeAsync();
    }
}
