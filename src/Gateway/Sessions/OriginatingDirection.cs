using System.ComponentModel;

namespace Gateway.Sessions;

/// <summary>The original direction of a session's conversation (SDK <c>OriginatingDirectionEnum</c>).</summary>
public enum OriginatingDirection
{
    [Description("A value this gateway does not know yet (newer than its model); the upstream's own string is in `originatingDirectionRaw`.")]
    OutdatedSdkVersion,

    [Description("The direction is unknown.")]
    Unknown,

    [Description("The conversation was initiated by the customer.")]
    Inbound,

    [Description("The conversation was initiated by the organization.")]
    Outbound,
}
