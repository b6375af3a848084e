using Gateway.Tests.Infrastructure;
using Gateway.Transport.PersistedOperations;
using GenesysCloud.Simulator;
using Microsoft.Extensions.DependencyInjection;

namespace Gateway.Tests.PersistedOperations;

/// <summary>Two gateways on one real <c>redis-server</c>: a query registered on one is served by hash alone on the other.</summary>
public sealed class RedisPersistedOperationsTests : IAsyncLifetime
{
    private readonly RedisServer _redis = new();
    private readonly List<GatewayFactory> _gateways = [];
    private EmbeddedGenesysSimulator _simulator = null!;

    public async Task InitializeAsync()
    {
        await _redis.InitializeAsync();
        _simulator = await GatewayFactory.StartSimulatorAsync(new SimulatorOptions { Seed = 42 });
    }

    public async Task DisposeAsync()
    {
        foreach (var gateway in _gateways)
        {
            await ((IAsyncLifetime)gateway).DisposeAsync();
        }

        await _simulator.DisposeAsync();
        await _redis.DisposeAsync();
    }

    [Fact]
    public async Task RegisteredOnInstanceA_InstanceBServesTheHashAlone_WithoutEverSeeingTheText()
    {
        // Arrange
        var a = await StartGatewayAsync();
        var b = await StartGatewayAsync();
        using var clientA = a.CreateClient();
        using var clientB = b.CreateClient();
        var hash = PersistedQueryClient.Hash(PersistedQueryClient.UserQuery);
        var users = _simulator.Data.UserIds;
        var before = await clientB.PostHashAsync(hash, new { id = users[0] });

        // Act
        var registration = await clientA.PostHashAsync(hash, new { id = users[0] }, PersistedQueryClient.UserQuery);
        var onB = await clientB.PostHashAsync(hash, new { id = users[1] });

        // Assert
        Assert.Equal([PersistedQueryNotFoundError.ErrorCode], before.ErrorCodes);
        Assert.False(registration.HasErrors, registration.Body.ToString());
        Assert.False(onB.HasErrors, onB.Body.ToString());
        Assert.Equal(users[1], onB.Data.GetProperty("user").GetProperty("id").GetString());
        var metricsA = a.Services.GetRequiredService<PersistedOperationMetrics>();
        var metricsB = b.Services.GetRequiredService<PersistedOperationMetrics>();
        Assert.Equal(1, metricsA.Registrations);
        Assert.Equal(0, metricsB.Registrations);
        Assert.Equal(1, metricsB.Misses);
        Assert.Equal(1, metricsB.Hits);

        // Keyed by hash under the key prefix alone: no organization segment, since a document is no tenant's data.
        await using var redis = await _redis.ConnectAsync();
        var keys = redis.GetServer(redis.GetEndPoints()[0]).Keys(pattern: "*persisted-query*").Select(k => k.ToString()).ToList();
        Assert.Contains(keys, key => key.EndsWith($"gw:v1:persisted-query:{hash}", StringComparison.Ordinal));
    }

    private async Task<GatewayFactory> StartGatewayAsync()
    {
        var gateway = new GatewayFactory { SharedSimulator = _simulator }
            .With("Redis:ConnectionString", _redis.ConnectionString);
        _gateways.Add(gateway);
        await gateway.InitializeAsync();
        return gateway;
    }
}
