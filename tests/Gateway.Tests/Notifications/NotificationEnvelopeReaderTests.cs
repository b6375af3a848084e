using System.Text;
using System.Text.Json;
using Gateway.Notifications;

namespace Gateway.Tests.Notifications;

public sealed class NotificationEnvelopeReaderTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 2, 12, 0, 0, TimeSpan.Zero);

    private static NotificationMessage Read(string json) => NotificationEnvelopeReader.Read(Encoding.UTF8.GetBytes(json), Now);

    [Fact]
    public void Read_Event_TopicVersionBodyAndCorrelationId()
    {
        var message = Read("""{"topicName":"v2.users.abc.conversations","version":"2","eventBody":{"id":"c1","participants":[]},"metadata":{"CorrelationId":"k-1"}}""");

        Assert.Equal(NotificationMessageKind.Event, message.Kind);
        var notification = message.Notification!;
        Assert.Equal("v2.users.abc.conversations", notification.TopicName);
        Assert.Equal("2", notification.Version);
        Assert.Equal("k-1", notification.CorrelationId);
        Assert.Equal("c1", notification.EventBody.GetProperty("id").GetString());
        Assert.Equal(Now, notification.ReceivedAt);
    }

    [Fact]
    public void Read_EventBody_OutlivesTheBuffer()
    {
        var buffer = Encoding.UTF8.GetBytes("""{"topicName":"t.1","eventBody":{"id":"kept"}}""");
        var message = NotificationEnvelopeReader.Read(buffer, Now);

        Array.Fill(buffer, (byte)' ');

        Assert.Equal("kept", message.Notification!.EventBody.GetProperty("id").GetString());
    }

    [Theory]
    [InlineData("""{"topicName":"channel.metadata","eventBody":{"message":"WebSocket Heartbeat"}}""", NotificationMessageKind.ChannelMetadata)]
    [InlineData("""{"topicName":"channel.metadata","eventBody":{"message":"pong"}}""", NotificationMessageKind.ChannelMetadata)]
    [InlineData("""{"topicName":"v2.system.socket_closing","eventBody":{"message":"closing"}}""", NotificationMessageKind.SocketClosing)]
    public void Read_ChannelMessages_NotEvents(string json, NotificationMessageKind kind) => Assert.Equal(kind, Read(json).Kind);

    [Theory]
    [InlineData("not json", null)]
    [InlineData("[1,2]", null)]
    [InlineData("""{"eventBody":{}}""", null)]
    [InlineData("""{"topicName":42,"eventBody":{}}""", null)]
    [InlineData("""{"topicName":"","eventBody":{}}""", null)]
    [InlineData("""{"topicName":"v2.x.1","eventBody":"text"}""", "v2.x.1")]
    [InlineData("""{"topicName":"v2.x.1"}""", "v2.x.1")]
    [InlineData("""{"topicName":"v2.x.1","eventBody":{"a":""", null)]
    public void Read_Unreadable_NamesTheTopicWhenItCould(string json, string? topic)
    {
        var message = Read(json);

        Assert.Equal(NotificationMessageKind.Unreadable, message.Kind);
        Assert.Equal(topic, message.TopicName);
        Assert.Null(message.Notification);
    }

    [Fact]
    public void Read_OptionalParts_Missing_Null()
    {
        var notification = Read("""{"topicName":"t.1","eventBody":{},"metadata":{"CorrelationId":7}}""").Notification!;

        Assert.Null(notification.Version);
        Assert.Null(notification.CorrelationId);
        Assert.Equal(JsonValueKind.Object, notification.EventBody.ValueKind);
    }
}
