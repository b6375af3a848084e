using GenesysCloud.Simulator;

namespace Gateway.Tests.Upstream;

/// <summary>Request bodies go upstream with a <c>Content-Length</c>: an upstream (or front door) that refuses chunked bodies answers them.</summary>
public sealed class UpstreamRequestBodyTests
{
    [Fact]
    public async Task BulkContactsAndChannelSubscriptions_UpstreamRefusesChunkedBodies_BothSucceed()
    {
        // Arrange
        var options = UpstreamTestHost.SmallSimulator();
        options.RequireContentLength = true;
        await using var host = await UpstreamTestHost.StartAsync(options);
        var ids = host.Simulator.Data.ExternalContactIds.Take(3).ToList();

        // Act
        var contacts = await host.Client.GetExternalContactsAsync(ids, CancellationToken.None);
        var channel = await host.Client.CreateNotificationChannelAsync(CancellationToken.None);
        var topic = $"v2.externalcontacts.contacts.{ids[0]}.journey.sessions";
        var subscribed = await host.Client.ReplaceNotificationSubscriptionsAsync(channel.Id!, [topic], CancellationToken.None);

        // Assert
        Assert.Equal(ids, contacts.Entities.Select(contact => contact.Id));
        Assert.Equal(topic, Assert.Single(subscribed!.Entities!).Id);
        Assert.Equal(1, host.Simulator.Calls.Get(SimulatorRoutes.BulkExternalContacts));
    }
}
