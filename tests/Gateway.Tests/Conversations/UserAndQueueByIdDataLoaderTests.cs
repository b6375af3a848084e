using System.Net;
using Gateway.Common.Errors;
using Gateway.Queues;
using Gateway.Tests.Infrastructure;
using Gateway.Users;

namespace Gateway.Tests.Conversations;

/// <summary>The loaders behind <c>Participant.user</c> and <c>Participant.queue</c>.</summary>
public sealed class UserAndQueueByIdDataLoaderTests
{
    [Fact]
    public async Task UserLoader_ManyIdsWithRepeats_MakesOneBulkCallWithEachIdOnce()
    {
        // Arrange
        var client = new CountingGenesysClient().WithUsers("u1", "u2", "u3");
        var loader = new UserByIdDataLoader(client, TestEntityCache.For(client));
        string[] ids = ["u1", "u2", "u1", "u3", "missing", "u2"];

        // Act
        var settled = await LoaderResults.SettleAsync(ids.Select(loader.LoadAsync));

        // Assert
        var call = Assert.Single(client.UserBulkCalls);
        Assert.Equal(["missing", "u1", "u2", "u3"], call.Order(StringComparer.Ordinal));
        Assert.Equal(["u1", "u2", "u1", "u3", null, "u2"], settled.Select(result => result.Value?.Id));
        Assert.All(settled, result => Assert.Null(result.Error));
    }

    [Fact]
    public async Task QueueLoader_ManyIdsWithRepeats_MakesOneBulkCallWithEachIdOnce()
    {
        var client = new CountingGenesysClient().WithQueues("q1", "q2");
        var loader = new QueueByIdDataLoader(client, TestEntityCache.For(client));

        var settled = await LoaderResults.SettleAsync(new[] { "q1", "q2", "q1", "nope" }.Select(loader.LoadAsync));

        var call = Assert.Single(client.QueueBulkCalls);
        Assert.Equal(["nope", "q1", "q2"], call.Order(StringComparer.Ordinal));
        Assert.Equal(["q1", "q2", "q1", null], settled.Select(result => result.Value?.Id));
    }

    [Fact]
    public async Task QueueLoader_BulkCallFails_FailsEveryKeyOfTheBatch()
    {
        // The bulk GET has no per-item results: when it fails, nothing of the batch is known.
        var client = new CountingGenesysClient().WithQueues("q1").Failing("q2", HttpStatusCode.TooManyRequests);
        var loader = new QueueByIdDataLoader(client, TestEntityCache.For(client));

        var settled = await LoaderResults.SettleAsync(new[] { "q1", "q2" }.Select(loader.LoadAsync));

        Assert.All(settled, result => Assert.Equal(GatewayErrorCodes.UpstreamRateLimited, Assert.IsType<UpstreamExecutionError>(result.Error).Code));
    }

    [Fact]
    public async Task UserLoader_IdsInTwoLevels_MakesOneCallPerLevel()
    {
        var client = new CountingGenesysClient().WithUsers("u1", "u2");
        var loader = new UserByIdDataLoader(client, TestEntityCache.For(client));

        await LoaderResults.SettleAsync([loader.LoadAsync("u1")]);
        await LoaderResults.SettleAsync([loader.LoadAsync("u1"), loader.LoadAsync("u2")]);

        // u1 is remembered for the rest of the request; the second level asks only for u2.
        Assert.Equal([["u1"], ["u2"]], client.UserBulkCalls.Select(call => call.ToArray()));
        Assert.Equal(2, loader.DispatchCount);
    }
}
