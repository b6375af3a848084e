using System.Runtime.CompilerServices;
using Gateway.Tests.Infrastructure;
using Gateway.WarmUp;

namespace Gateway.Tests.WarmUp;

/// <summary>The warm-up's throw-away copy of the gateway: it answers its traffic, and once disposed nothing of it stays alive.</summary>
public sealed class SimulatedGatewayTests
{
    [Fact]
    public async Task TrafficAnsweredThenDisposed_ItsDataIsCollected()
    {
        // Arrange and act: a copy started, its traffic answered (so its caches hold entities), and disposed.
        var (outcome, data) = await StartAskAndDisposeAsync();

        // Assert: every query answered without errors; its seeded data (the largest thing it holds) is garbage once it is gone.
        Assert.Equal(new SimulatedTrafficOutcome(40, 0), outcome);
        for (var attempt = 0; attempt < 20 && data.IsAlive; attempt++)
        {
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true);
            GC.WaitForPendingFinalizers();
            await Task.Delay(50);
        }

        Assert.False(data.IsAlive);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static async Task<(SimulatedTrafficOutcome Outcome, WeakReference Data)> StartAskAndDisposeAsync()
    {
        var gateway = await GatewayFactory.StartSimulatedGatewayAsync();
        var data = new WeakReference(gateway.Data);
        var outcome = await SimulatedTraffic.RunAsync(gateway, 40, CancellationToken.None);
        await gateway.DisposeAsync();
        return (outcome, data);
    }
}
