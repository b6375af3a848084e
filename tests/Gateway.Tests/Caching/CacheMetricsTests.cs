using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Gateway.Caching;
using Gateway.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Gateway.Tests.Caching;

/// <summary>The <c>Gateway.Cache</c> meter counts hits and misses by level and entity kind.</summary>
public sealed class CacheMetricsTests(ExecutingGatewayFactory gateway) : IClassFixture<ExecutingGatewayFactory>
{
    [Fact]
    public async Task SameUserTwice_MemoryOnly_OneMissThenOneHitForUser()
    {
        // Arrange: listen to this gateway's meter only (other tests' gateways run meanwhile).
        var scope = gateway.Services.GetRequiredService<IMeterFactory>();
        var measurements = new ConcurrentQueue<(string Instrument, string? Level, string? Kind)>();
        using var listener = new MeterListener
        {
            InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Meter.Name == CacheMetrics.MeterName && ReferenceEquals(instrument.Meter.Scope, scope))
                {
                    l.EnableMeasurementEvents(instrument);
                }
            },
        };
        listener.SetMeasurementEventCallback<long>((instrument, _, tags, _) =>
        {
            var all = tags.ToArray();
            measurements.Enqueue((instrument.Name, Tag(all, "level"), Tag(all, "kind")));
        });
        listener.Start();
        using var client = gateway.CreateClient();
        const string query = "query($id: ID!) { user(id: $id) { id } }";
        var id = gateway.Simulator.Data.UserIds[42];

        // Act
        await client.PostGraphQLAsync(query, new { id });
        await client.PostGraphQLAsync(query, new { id });

        // Assert: FusionCache raises its events in the background; wait for the hit to be recorded.
        var deadline = DateTime.UtcNow.AddSeconds(5);
        while (!measurements.Any(m => m.Instrument == "gateway.cache.hits") && DateTime.UtcNow < deadline)
        {
            await Task.Delay(20);
        }

        var user = measurements.Where(m => m.Kind == "User" && m.Level == "memory").ToList();
        Assert.Contains(user, m => m.Instrument == "gateway.cache.misses");
        Assert.Single(user, m => m.Instrument == "gateway.cache.hits");
    }

    private static string? Tag(KeyValuePair<string, object?>[] tags, string name) => tags.FirstOrDefault(t => t.Key == name).Value as string;
}
