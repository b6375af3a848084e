using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace GenesysCloud.Simulator.Tests.Notifications;

public sealed class NotificationOptionsTests
{
    [Fact]
    public void Validate_DefaultNotifications_Succeeds()
    {
        var options = new SimulatorOptions();

        var result = new SimulatorOptionsValidator().Validate(Options.DefaultName, options);

        Assert.True(result.Succeeded);
        Assert.Equal((86400, 30, 20, 1000, 0), (options.Notifications.ChannelLifetimeSeconds, options.Notifications.HeartbeatIntervalSeconds,
            options.Notifications.MaxChannelsPerClient, options.Notifications.MaxTopicsPerChannel, options.Notifications.EventIntervalMilliseconds));
    }

    [Fact]
    public void Validate_OutOfRangeNotifications_NamesEachKey()
    {
        var options = new SimulatorOptions
        {
            Notifications = new SimulatorNotificationsOptions
            {
                ChannelLifetimeSeconds = 0,
                HeartbeatIntervalSeconds = 0,
                MaxChannelsPerClient = 0,
                MaxTopicsPerChannel = 0,
                EventIntervalMilliseconds = -1,
                SendQueueCapacity = 0,
            },
        };

        var result = new SimulatorOptionsValidator().Validate(Options.DefaultName, options);

        Assert.True(result.Failed);
        foreach (var key in new[] { "ChannelLifetimeSeconds", "HeartbeatIntervalSeconds", "MaxChannelsPerClient", "MaxTopicsPerChannel", "EventIntervalMilliseconds", "SendQueueCapacity" })
        {
            Assert.Contains(result.Failures!, f => f.StartsWith($"Simulator:Notifications:{key}", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Bind_NotificationsSection_ReadsEveryKey()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Simulator:Notifications:ChannelLifetimeSeconds"] = "120",
            ["Simulator:Notifications:HeartbeatIntervalSeconds"] = "5",
            ["Simulator:Notifications:MaxChannelsPerClient"] = "3",
            ["Simulator:Notifications:MaxTopicsPerChannel"] = "10",
            ["Simulator:Notifications:EventIntervalMilliseconds"] = "3000",
            ["Simulator:Notifications:SendQueueCapacity"] = "64",
        }).Build();
        var options = new SimulatorOptions();

        configuration.GetSection(SimulatorOptions.SectionName).Bind(options);

        var n = options.Notifications;
        Assert.Equal((120, 5, 3, 10, 3000, 64),
            (n.ChannelLifetimeSeconds, n.HeartbeatIntervalSeconds, n.MaxChannelsPerClient, n.MaxTopicsPerChannel, n.EventIntervalMilliseconds, n.SendQueueCapacity));
    }
}
