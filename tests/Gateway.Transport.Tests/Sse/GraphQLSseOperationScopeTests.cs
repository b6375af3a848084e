using System.Net;
using Gateway.Transport.Execution;
using Gateway.Transport.Sse;
using Gateway.Transport.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Gateway.Transport.Tests.Sse;

/// <summary>A single-connection operation outlives its POST: its services must live exactly as long as it does.</summary>
public sealed class GraphQLSseOperationScopeTests
{
    [Fact]
    public async Task Single_OperationServices_OutliveThePostAndEndWithTheOperation()
    {
        // Arrange
        var probe = default(SseScopeProbeExecutor);
        await using var host = await TransportTestHost.StartAsync(
            useKestrel: true,
            configureServices: services =>
            {
                services.AddSingleton<IGraphQLRequestExecutor<TestSchema>>(sp => probe = ActivatorUtilities.CreateInstance<SseScopeProbeExecutor>(sp));
                services.AddGraphQLSseTransport();
            },
            map: SseTestHost.MapSseAndHttp);
        var source = host.App.Services.GetRequiredService<TestEventSource>();
        var token = await host.Client.ReserveAsync();
        using var stream = await host.Client.OpenEventStreamAsync(HttpMethod.Get, "/graphql", token: token);
        await using var events = await stream.ReadEventsAsync();

        // Act
        using var accepted = await host.Client.PostOperationAsync(token, new
        {
            query = "subscription { events(topic: \"scoped\") }",
            extensions = new { operationId = "scoped" },
        });
        await source.WaitForSubscribersAsync("scoped", 1);
        source.Publish("scoped", "after the POST ended");
        var next = await events.ReadEventAsync();
        var services = Assert.Single(probe!.Services);

        // Assert: alive while the operation runs, though its POST is over...
        Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
        Assert.Equal("after the POST ended", next!.Json().GetProperty("payload").GetProperty("data").GetProperty("events").GetString());
        Assert.NotNull(services.GetService<TestEventSource>());

        // ...and disposed once it is stopped.
        using var stopped = await host.Client.StopOperationAsync(token, "scoped");
        await source.WaitForSubscribersAsync("scoped", 0);
        await SseWait.UntilAsync(() => IsDisposed(services), "the operation's scope is disposed");
    }

    private static bool IsDisposed(IServiceProvider services)
    {
        try
        {
            services.GetService<TestEventSource>();
            return false;
        }
        catch (ObjectDisposedException)
        {
            return true;
        }
    }
}
