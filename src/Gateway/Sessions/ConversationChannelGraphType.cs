using GenesysCloud.Models;
using GraphQL.Types;

namespace Gateway.Sessions;

/// <summary>A channel used by a session's conversation.</summary>
public sealed class ConversationChannelGraphType : ObjectGraphType<ConversationChannel>
{
    public ConversationChannelGraphType()
    {
        Name = "ConversationChannel";
        Description = "A channel used by a conversation.";
        Field(x => x.Type, nullable: true).Description("The type or category of this channel (Call, Callback, Email, Messaging, Webchat, Cobrowse, ...), as the upstream sends it.");
        Field(x => x.MessageType, nullable: true).Description("Message type for messaging conversations (Sms, WhatsApp, WebMessaging, ...), as the upstream sends it.");
        Field(x => x.Platform, nullable: true).Description("The source provider for the conversation (e.g. Edge, PureCloud Messaging, PureCloud Email).");
    }
}
