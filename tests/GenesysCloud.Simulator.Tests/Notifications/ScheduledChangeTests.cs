using GenesysCloud.Simulator.Tests.Support;
using static GenesysCloud.Simulator.Tests.Notifications.NotificationTestClient;

namespace GenesysCloud.Simulator.Tests.Notifications;

[Collection(NotificationTestCollection.Name)]
public sealed class ScheduledChangeTests
{
    [Fact]
    public async Task EventInterval_Set_PublishesRandomChangesToSubscribers()
    {
        var options = new SimulatorOptions { ExternalContactCount = 40, SessionCount = 80, ConversationCount = 40, UserCount = 10, QueueCount = 4 };
        options.Notifications.EventIntervalMilliseconds = 50;
        await using var simulator = await EmbeddedGenesysSimulator.StartAsync(options);
        using var http = await SimulatorTestClient.AuthenticatedAsync(simulator);
        var channel = await CreateChannelAsync(http);

        // Every topic a change can go to: any change reaches this socket.
        string[] topics =
        [
            .. simulator.Data.ExternalContactIds.Select(id => $"v2.externalcontacts.contacts.{id}.journey.sessions"),
            .. simulator.Data.UserIds.Select(id => $"v2.users.{id}.conversations"),
        ];
        await ReplaceTopicsAsync(http, channel.Id, topics);
        using var socket = await ConnectAsync(channel.ConnectUri);

        var first = await ReceiveAsync(socket, m => !IsTopic(m, "channel.metadata"));
        var second = await ReceiveAsync(socket, m => !IsTopic(m, "channel.metadata"));

        Assert.Contains(first.GetProperty("topicName").GetString(), topics);
        Assert.NotEqual(
            first.GetProperty("metadata").GetProperty("CorrelationId").GetString(),
            second.GetProperty("metadata").GetProperty("CorrelationId").GetString());
        Assert.True(simulator.Notifications.Counts.EventsPublished >= 2);
        await CloseQuietlyAsync(socket);
    }

    [Fact]
    public async Task EventInterval_Zero_PublishesOnlyWhatIsAskedFor()
    {
        await using var simulator = await EmbeddedGenesysSimulator.StartAsync(new SimulatorOptions { ExternalContactCount = 10, SessionCount = 20, ConversationCount = 10 });
        using var http = await SimulatorTestClient.AuthenticatedAsync(simulator);
        var channel = await CreateChannelAsync(http);
        await ReplaceTopicsAsync(http, channel.Id, [.. simulator.Data.ExternalContactIds.Select(id => $"v2.externalcontacts.contacts.{id}.journey.sessions")]);
        using var socket = await ConnectAsync(channel.ConnectUri);

        var change = simulator.Notifications.PublishRandomChange();

        Assert.Equal(change.Topics.Count, simulator.Notifications.Counts.EventsPublished);
        await CloseQuietlyAsync(socket);
    }
}
