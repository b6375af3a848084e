using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Gateway.Telemetry;
using Gateway.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Gateway.Tests.Telemetry;

/// <summary>Every operation is counted by type and outcome, timed, and each of its errors counted by code.</summary>
public sealed class GraphQLMetricsTests : IAsyncLifetime
{
    private readonly GatewayFactory _gateway = new();

    public Task InitializeAsync() => _gateway.InitializeAsync();

    public Task DisposeAsync() => ((IAsyncLifetime)_gateway).DisposeAsync();

    [Fact]
    public async Task Operations_OkPartialAndRefused_CountedByOutcomeAndErrorsByCode()
    {
        // Arrange: this gateway's meter only (other tests' gateways publish on the same name).
        var meterFactory = _gateway.Services.GetRequiredService<IMeterFactory>();
        var totals = new ConcurrentDictionary<string, long>();
        var durations = 0;
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == GraphQLMetrics.MeterName && ReferenceEquals(instrument.Meter.Scope, meterFactory))
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) =>
        {
            foreach (var tag in tags)
            {
                if (tag.Key is GraphQLMetrics.OutcomeTag or GraphQLMetrics.CodeTag)
                {
                    totals.AddOrUpdate($"{instrument.Name}:{tag.Value}", value, (_, total) => total + value);
                }
            }
        });
        listener.SetMeasurementEventCallback<double>((_, _, _, _) => Interlocked.Increment(ref durations));
        listener.Start();
        using var client = _gateway.CreateClient();

        // Act: one clean query, one with a missing entity, one the validator refuses.
        await client.PostGraphQLAsync("query($id: ID!) { session(id: $id) { id } }", new { id = _gateway.Simulator.Data.SessionIds[0] });
        await client.PostGraphQLAsync("query($id: ID!) { session(id: $id) { id } }", new { id = Guid.NewGuid().ToString() });
        var refused = await client.PostGraphQLAsync("{ nope }");

        // Assert
        var refusalCode = Assert.Single(refused.Errors).GetProperty("extensions").GetProperty("code").GetString();
        Assert.Equal(1, totals.GetValueOrDefault($"{GraphQLMetrics.RequestsInstrumentName}:ok"));
        Assert.Equal(1, totals.GetValueOrDefault($"{GraphQLMetrics.RequestsInstrumentName}:partial"));
        Assert.Equal(1, totals.GetValueOrDefault($"{GraphQLMetrics.RequestsInstrumentName}:error"));
        Assert.Equal(1, totals.GetValueOrDefault($"{GraphQLMetrics.ErrorsInstrumentName}:NOT_FOUND"));
        Assert.Equal(1, totals.GetValueOrDefault($"{GraphQLMetrics.ErrorsInstrumentName}:{refusalCode}"));
        Assert.Equal(3, durations);
    }
}
