using Gateway.Sessions;
using Gateway.Tests.Infrastructure;
using Gateway.Upstream;
using Microsoft.Extensions.Options;

namespace Gateway.Tests.Sessions;

public sealed class SessionByIdDataLoaderTests
{
    [Fact]
    public async Task LoadAsync_ManyCallsWithRepeatedIds_FetchesEachIdOnceInOneDispatch()
    {
        // Arrange
        var client = new FakeSessionsClient().WithSessions("s1", "s2", "s3");
        var loader = new SessionByIdDataLoader(client, Options.Create(new GenesysOptions()), TestEntityCache.For(client));
        string[] ids = ["s1", "s2", "s1", "s3", "s2", "s1", "missing"];

        // Act: queue every key first (as the executor does for one level), then complete them.
        var pending = ids.Select(loader.LoadAsync).ToList();
        var sessions = new List<GenesysCloud.Models.Session?>();
        foreach (var result in pending)
        {
            sessions.Add(await result.GetResultAsync(CancellationToken.None));
        }

        // Assert
        Assert.Equal(1, loader.DispatchCount);
        Assert.Equal(["missing", "s1", "s2", "s3"], client.SessionCalls.Order(StringComparer.Ordinal));
        Assert.Equal(["s1", "s2", "s1", "s3", "s2", "s1", null], sessions.Select(session => session?.Id));
    }

    [Fact]
    public async Task LoadAsync_SessionCachedByAnEarlierRequest_CostsNoCall()
    {
        // Arrange: two requests (two loaders) over one shared cache.
        var client = new FakeSessionsClient().WithSessions("s1");
        var cache = TestEntityCache.For(client);
        var options = Options.Create(new GenesysOptions());
        await new SessionByIdDataLoader(client, options, cache).LoadAsync("s1").GetResultAsync(CancellationToken.None);

        // Act
        var session = await new SessionByIdDataLoader(client, options, cache).LoadAsync("s1").GetResultAsync(CancellationToken.None);

        // Assert
        Assert.Equal("s1", session?.Id);
        Assert.Single(client.SessionCalls);
    }

    [Fact]
    public async Task LoadAsync_PrimedSession_CostsNoCall()
    {
        // Arrange
        var client = new FakeSessionsClient();
        var loader = new SessionByIdDataLoader(client, Options.Create(new GenesysOptions()), TestEntityCache.For(client));
        await loader.PrimeAsync("s1", FakeSessionsClient.NewSession("s1"), CancellationToken.None);

        // Act
        var session = await loader.LoadAsync("s1").GetResultAsync(CancellationToken.None);

        // Assert
        Assert.Equal("s1", session?.Id);
        Assert.Empty(client.SessionCalls);
        Assert.Equal(0, loader.DispatchCount);
    }
}
