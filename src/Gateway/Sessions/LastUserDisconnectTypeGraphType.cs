using GraphQL.Types;

namespace Gateway.Sessions;

/// <summary>The `LastUserDisconnectType` enum: upstream values in SCREAMING_SNAKE case; an unknown upstream value is OUTDATED_SDK_VERSION.</summary>
public sealed class LastUserDisconnectTypeGraphType : EnumerationGraphType<LastUserDisconnectType>
{
    public LastUserDisconnectTypeGraphType()
    {
        Name = "LastUserDisconnectType";
        Description = "Disconnect reason for the last user connected to the conversation. A value newer than this gateway's model is reported as OUTDATED_SDK_VERSION (as the platform SDKs do), with the upstream's own string in `lastUserDisconnectTypeRaw`.";
    }
}
