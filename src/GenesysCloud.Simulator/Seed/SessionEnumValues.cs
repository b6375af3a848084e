namespace GenesysCloud.Simulator.Seed;

/// <summary>
/// The values of the session's three enums as the SDK (platform-client-v2 210) knows them, and values it does
/// not, which the platform may add at any time and which a client must survive.
/// </summary>
internal static class SessionEnumValues
{
    public static readonly string[] OriginatingDirection = ["OutdatedSdkVersion", "Unknown", "Inbound", "Outbound"];

    public static readonly string[] LastUserDisconnectType =
    [
        "OutdatedSdkVersion", "Unknown", "Endpoint", "Client", "System", "Transfer", "Error", "Peer", "Other", "Spam",
        "Timeout", "TransportFailure", "ConferenceTransfer", "ConsultTransfer", "ForwardTransfer", "NoAnswerTransfer",
        "NotAvailableTransfer", "Uncallable", "DoNotDisturbEndpoint", "DoNotDisturbTransfer",
    ];

    public static readonly string[] LastAcdOutcome = ["OutdatedSdkVersion", "Unknown", "Abandon", "Answered", "FlowOut"];

    public const string UnknownOriginatingDirection = "Misdirected";
    public const string UnknownLastUserDisconnectType = "SessionExpired";
    public const string UnknownLastAcdOutcome = "Overflow";
}
