namespace GenesysCloud.Models;

/// <summary>A channel used by a conversation.</summary>
public sealed record ConversationChannel
{
    /// <summary>The type or category of this channel (Call, Callback, Email, Messaging, Webchat, Cobrowse, ...).</summary>
    public string? Type { get; init; }

    /// <summary>Message type for messaging conversations.</summary>
    public string? MessageType { get; init; }

    /// <summary>The source provider for the conversation (e.g. Edge, PureCloud Messaging, PureCloud Email).</summary>
    public string? Platform { get; init; }
}
