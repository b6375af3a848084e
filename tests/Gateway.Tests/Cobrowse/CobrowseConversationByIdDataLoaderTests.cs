using System.Net;
using Gateway.Cobrowse;
using Gateway.Common.Errors;
using Gateway.Filtering;
using Gateway.Tests.Conversations;
using Gateway.Tests.Infrastructure;
using Gateway.Upstream;
using Microsoft.Extensions.Options;

namespace Gateway.Tests.Cobrowse;

public sealed class CobrowseConversationByIdDataLoaderTests
{
    [Fact]
    public async Task LoadAsync_RepeatedIds_FetchesEachIdOnceInOneDispatch()
    {
        var client = new CountingGenesysClient().WithCobrowseConversations("k1", "k2");
        var loader = new CobrowseConversationByIdDataLoader(client, Options.Create(new GenesysOptions()), TestEntityCache.For(client));

        var settled = await LoaderResults.SettleAsync(new[] { "k1", "k2", "k1", "missing" }.Select(loader.LoadAsync));

        Assert.Equal(1, loader.DispatchCount);
        Assert.Equal(["k1", "k2", "missing"], client.CobrowseConversationCalls.Order(StringComparer.Ordinal));
        Assert.Equal(["k1", "k2", "k1", null], settled.Select(result => result.Value?.Id));
        Assert.All(settled, result => Assert.Null(result.Error));
    }

    [Fact]
    public async Task LoadAsync_OneIdFails_FailsOnlyThatKey()
    {
        var client = new CountingGenesysClient().WithCobrowseConversations("k1").Failing("k2", HttpStatusCode.GatewayTimeout);
        var loader = new CobrowseConversationByIdDataLoader(client, Options.Create(new GenesysOptions()), TestEntityCache.For(client));

        var settled = await LoaderResults.SettleAsync(new[] { "k1", "k2" }.Select(loader.LoadAsync));

        Assert.Equal("k1", settled[0].Value?.Id);
        Assert.Equal(GatewayErrorCodes.UpstreamTimeout, Assert.IsType<UpstreamExecutionError>(settled[1].Error).Code);
    }
}
