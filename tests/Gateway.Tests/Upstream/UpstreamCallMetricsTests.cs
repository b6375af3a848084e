using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Gateway.Upstream;
using GenesysCloud.Simulator;
using Microsoft.Extensions.DependencyInjection;

namespace Gateway.Tests.Upstream;

public sealed class UpstreamCallMetricsTests
{
    [Fact]
    public async Task Requests_EveryAttempt_CountedByRouteAndStatus()
    {
        // Arrange: listen to this provider's meter only (other tests run their own in parallel).
        await using var host = await UpstreamTestHost.StartAsync();
        var meterFactory = host.Services.GetRequiredService<IMeterFactory>();
        var counts = new ConcurrentDictionary<(string Route, int Status), long>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == UpstreamCallMetrics.MeterName
                && ReferenceEquals(instrument.Meter.Scope, meterFactory)
                && instrument.Name == UpstreamCallMetrics.RequestsInstrumentName)
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((_, value, tags, _) =>
        {
            string? route = null;
            var status = -1;
            foreach (var tag in tags)
            {
                if (tag.Key == UpstreamCallMetrics.RouteTag)
                {
                    route = tag.Value as string;
                }
                else if (tag.Key == UpstreamCallMetrics.StatusTag)
                {
                    status = (int)tag.Value!;
                }
            }

            counts.AddOrUpdate((route!, status), value, (_, total) => total + value);
        });
        listener.Start();
        host.Simulator.Faults.Fail(SimulatorRoutes.JourneySession, 503, times: 1);

        // Act
        await host.Client.GetSessionAsync(host.Simulator.Data.SessionIds[0], CancellationToken.None);
        await host.Client.GetSessionAsync(Guid.NewGuid().ToString(), CancellationToken.None);

        // Assert
        Assert.Equal(1, counts.GetValueOrDefault((SimulatorRoutes.OAuthToken, 200)));
        Assert.Equal(1, counts.GetValueOrDefault((SimulatorRoutes.JourneySession, 503)));
        Assert.Equal(1, counts.GetValueOrDefault((SimulatorRoutes.JourneySession, 200)));
        Assert.Equal(1, counts.GetValueOrDefault((SimulatorRoutes.JourneySession, 404)));
    }
}
