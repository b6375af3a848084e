using System.Net;
using Gateway.Common.Errors;
using Gateway.Conversations;
using Gateway.Tests.Infrastructure;
using Gateway.Upstream;
using GenesysCloud.Models;
using Microsoft.Extensions.Options;

namespace Gateway.Tests.Conversations;

public sealed class ConversationByIdDataLoaderTests
{
    private static ConversationByIdDataLoader NewLoader(CountingGenesysClient client, int maxParallelRequests = 8)
        => new(client, Options.Create(new GenesysOptions { MaxParallelRequests = maxParallelRequests }), TestEntityCache.For(client));

    [Fact]
    public async Task LoadAsync_RepeatedIdsInOneLevel_FetchesEachIdOnceInOneDispatch()
    {
        // Arrange
        var client = new CountingGenesysClient().WithConversations("c1", "c2", "c3");
        var loader = NewLoader(client);
        string[] ids = ["c1", "c2", "c1", "c3", "c2"];

        // Act
        var settled = await LoaderResults.SettleAsync(ids.Select(loader.LoadAsync));

        // Assert
        Assert.Equal(1, loader.DispatchCount);
        Assert.Equal(["c1", "c2", "c3"], client.ConversationCalls.Order(StringComparer.Ordinal));
        Assert.Equal(ids, settled.Select(result => result.Value?.Id));
    }

    [Fact]
    public async Task LoadAsync_UnknownId_ResolvesToNullWithoutError()
    {
        var client = new CountingGenesysClient().WithConversations("c1");
        var loader = NewLoader(client);

        var settled = await LoaderResults.SettleAsync([loader.LoadAsync("c1"), loader.LoadAsync("gone")]);

        Assert.Equal("c1", settled[0].Value?.Id);
        Assert.Null(settled[1].Value);
        Assert.Null(settled[1].Error);
    }

    [Fact]
    public async Task LoadAsync_NotFoundThrownByClient_ResolvesToNullWithoutError()
    {
        var client = new CountingGenesysClient().Failing("gone", HttpStatusCode.NotFound);
        var loader = NewLoader(client);

        var settled = await LoaderResults.SettleAsync([loader.LoadAsync("gone")]);

        Assert.Null(settled[0].Value);
        Assert.Null(settled[0].Error);
    }

    [Fact]
    public async Task LoadAsync_OneIdFails_FailsOnlyThatKey()
    {
        // Arrange
        var client = new CountingGenesysClient().WithConversations("c1", "c3").Failing("c2", HttpStatusCode.ServiceUnavailable);
        var loader = NewLoader(client);

        // Act
        var settled = await LoaderResults.SettleAsync(new[] { "c1", "c2", "c3" }.Select(loader.LoadAsync));

        // Assert
        Assert.Equal("c1", settled[0].Value?.Id);
        var error = Assert.IsType<UpstreamExecutionError>(settled[1].Error);
        Assert.Equal(GatewayErrorCodes.UpstreamUnavailable, error.Code);
        Assert.Equal("c3", settled[2].Value?.Id);
    }

    [Fact]
    public async Task LoadAsync_ManyIds_KeepsAtMostMaxParallelRequestsInFlight()
    {
        // Arrange
        var ids = Enumerable.Range(0, 12).Select(i => $"c{i}").ToArray();
        var client = new CountingGenesysClient { CallDelay = TimeSpan.FromMilliseconds(20) }.WithConversations(ids);
        var loader = NewLoader(client, maxParallelRequests: 3);

        // Act
        var settled = await LoaderResults.SettleAsync(ids.Select(loader.LoadAsync));

        // Assert
        Assert.All(settled, result => Assert.NotNull(result.Value));
        Assert.Equal(12, client.ConversationCalls.Count);
        Assert.InRange(client.MaxConcurrentCalls, 1, 3);
    }

    [Fact]
    public async Task LoadAsync_PrimedConversation_CostsNoCall()
    {
        var client = new CountingGenesysClient();
        var loader = NewLoader(client);
        loader.Prime("c1", new Conversation { Id = "c1" });

        var conversation = await loader.LoadAsync("c1").GetResultAsync(CancellationToken.None);

        Assert.Equal("c1", conversation?.Id);
        Assert.Empty(client.ConversationCalls);
    }
}
