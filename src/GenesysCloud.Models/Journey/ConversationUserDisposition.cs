namespace GenesysCloud.Models;

/// <summary>A user's wrap-up of a conversation.</summary>
public sealed record ConversationUserDisposition
{
    /// <summary>User-defined wrap-up code for the conversation.</summary>
    public string? Code { get; init; }

    /// <summary>Text entered by the user to describe the call or disposition.</summary>
    public string? Notes { get; init; }

    /// <summary>The user that wrapped up the conversation.</summary>
    public AddressableEntityRef? User { get; init; }
}
