using System.Net;
using Gateway.Common.Errors;
using Gateway.ExternalContacts;
using Gateway.Tests.Infrastructure;

namespace Gateway.Tests.ExternalContacts;

public sealed class ExternalContactByIdDataLoaderTests
{
    [Fact]
    public async Task LoadAsync_ManyIdsWithRepeats_MakesOneBulkCallWithEachIdOnce()
    {
        // Arrange
        var client = new Conversations.CountingGenesysClient().WithContacts("a", "b", "c");
        var loader = new ExternalContactByIdDataLoader(client, TestEntityCache.For(client));
        string[] ids = ["a", "b", "a", "c", "b", "a"];

        // Act
        var settled = await Conversations.LoaderResults.SettleAsync(ids.Select(loader.LoadAsync));

        // Assert
        Assert.Equal(1, loader.DispatchCount);
        var call = Assert.Single(client.ContactBulkCalls);
        Assert.Equal(["a", "b", "c"], call.Order(StringComparer.Ordinal));
        Assert.Equal(ids, settled.Select(result => result.Value?.Id));
    }

    [Fact]
    public async Task LoadAsync_UnknownId_ResolvesToNullWithoutError()
    {
        var client = new Conversations.CountingGenesysClient().WithContacts("a");
        var loader = new ExternalContactByIdDataLoader(client, TestEntityCache.For(client));

        var settled = await Conversations.LoaderResults.SettleAsync([loader.LoadAsync("a"), loader.LoadAsync("unknown")]);

        Assert.Equal("a", settled[0].Value?.Id);
        Assert.Null(settled[1].Value);
        Assert.Null(settled[1].Error);
    }

    [Fact]
    public async Task LoadAsync_ItemFailedInBulkAnswer_FailsOnlyThatKey()
    {
        // Arrange
        var client = new Conversations.CountingGenesysClient().WithContacts("a", "c").Failing("b", HttpStatusCode.Forbidden);
        var loader = new ExternalContactByIdDataLoader(client, TestEntityCache.For(client));

        // Act
        var settled = await Conversations.LoaderResults.SettleAsync(new[] { "a", "b", "c" }.Select(loader.LoadAsync));

        // Assert
        Assert.Single(client.ContactBulkCalls);
        Assert.Equal("a", settled[0].Value?.Id);
        var error = Assert.IsType<UpstreamExecutionError>(settled[1].Error);
        Assert.Equal(GatewayErrorCodes.UpstreamForbidden, error.Code);
        Assert.Equal("c", settled[2].Value?.Id);
        Assert.Null(settled[2].Error);
    }

    [Fact]
    public async Task LoadAsync_PrimedContact_IsLeftOutOfTheBulkCall()
    {
        var client = new Conversations.CountingGenesysClient().WithContacts("a", "b");
        var loader = new ExternalContactByIdDataLoader(client, TestEntityCache.For(client));
        loader.Prime("a", new GenesysCloud.Models.ExternalContact { Id = "a" });

        var settled = await Conversations.LoaderResults.SettleAsync([loader.LoadAsync("a"), loader.LoadAsync("b")]);

        Assert.Equal(["a", "b"], settled.Select(result => result.Value?.Id));
        Assert.Equal(["b"], Assert.Single(client.ContactBulkCalls));
    }
}
