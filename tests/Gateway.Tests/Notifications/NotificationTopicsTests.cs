using Gateway.Notifications;

namespace Gateway.Tests.Notifications;

public sealed class NotificationTopicsTests
{
    private const string Id = "3F2504E0-4F89-11D3-9A0C-0305E82C3301";
    private const string Lower = "3f2504e0-4f89-11d3-9a0c-0305e82c3301";

    [Fact]
    public void Builders_NameTheTopics_IdsLowerCased()
    {
        Assert.Equal($"v2.externalcontacts.contacts.{Lower}.journey.sessions", NotificationTopics.ExternalContactJourneySessions(Id));
        Assert.Equal($"v2.externalcontacts.contacts.{Lower}", NotificationTopics.ExternalContact(Id));
        Assert.Equal($"v2.users.{Lower}.conversations", NotificationTopics.UserConversations(Id));
        Assert.Equal($"v2.routing.queues.{Lower}.conversations", NotificationTopics.QueueConversations(Id));
        Assert.Equal($"v2.users.{Lower}.conversations.cobrowseSessions", NotificationTopics.UserCobrowseSessions(Id));
        Assert.Equal($"v2.routing.queues.{Lower}.conversations.cobrowseSessions", NotificationTopics.QueueCobrowseSessions(Id));
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("a.b")]
    public void Builders_IdThatWouldChangeTheTopic_Refused(string id)
        => Assert.ThrowsAny<ArgumentException>(() => NotificationTopics.UserConversations(id));

    [Theory]
    [InlineData($"v2.users.{Lower}.conversations.cobrowseSessions", "v2.users.{id}.conversations.cobrowseSessions")]
    [InlineData($"v2.externalcontacts.contacts.{Lower}", "v2.externalcontacts.contacts.{id}")]
    [InlineData("v2.users.u1.conversations", "v2.users.{id}.conversations")]
    [InlineData("channel.metadata", "channel.metadata")]
    public void KindOf_IdsReplaced_BoundedCardinality(string topic, string kind) => Assert.Equal(kind, NotificationTopics.KindOf(topic));
}
