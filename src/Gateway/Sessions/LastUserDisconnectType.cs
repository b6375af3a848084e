using System.ComponentModel;

namespace Gateway.Sessions;

/// <summary>Why the last user connected to a session's conversation was disconnected (SDK <c>LastUserDisconnectTypeEnum</c>).</summary>
public enum LastUserDisconnectType
{
    [Description("A value this gateway does not know yet (newer than its model); the upstream's own string is in `lastUserDisconnectTypeRaw`.")]
    OutdatedSdkVersion,

    [Description("The disconnect reason is unknown.")]
    Unknown,

    [Description("Disconnected by the user's endpoint.")]
    Endpoint,

    [Description("Disconnected by the user's client.")]
    Client,

    [Description("Disconnected by the system.")]
    System,

    [Description("Disconnected by a transfer.")]
    Transfer,

    [Description("Disconnected because of an error.")]
    Error,

    [Description("Disconnected by the other party.")]
    Peer,

    [Description("Disconnected for another reason.")]
    Other,

    [Description("Disconnected as spam.")]
    Spam,

    [Description("Disconnected after a timeout.")]
    Timeout,

    [Description("Disconnected because the transport failed.")]
    TransportFailure,

    [Description("Disconnected by a conference transfer.")]
    ConferenceTransfer,

    [Description("Disconnected by a consult transfer.")]
    ConsultTransfer,

    [Description("Disconnected by a forward transfer.")]
    ForwardTransfer,

    [Description("Disconnected by a transfer after no answer.")]
    NoAnswerTransfer,

    [Description("Disconnected by a transfer because the user was not available.")]
    NotAvailableTransfer,

    [Description("Disconnected because the party could not be called.")]
    Uncallable,

    [Description("Disconnected because the endpoint was set to do not disturb.")]
    DoNotDisturbEndpoint,

    [Description("Disconnected by a transfer because the user was set to do not disturb.")]
    DoNotDisturbTransfer,
}
