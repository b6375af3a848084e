using GraphQL.Types;

namespace Gateway.Sessions;

/// <summary>The `OriginatingDirection` enum: upstream values in SCREAMING_SNAKE case; an unknown upstream value is OUTDATED_SDK_VERSION.</summary>
public sealed class OriginatingDirectionGraphType : EnumerationGraphType<OriginatingDirection>
{
    public OriginatingDirectionGraphType()
    {
        Name = "OriginatingDirection";
        Description = "The original direction of the conversation. A value newer than this gateway's model is reported as OUTDATED_SDK_VERSION (as the platform SDKs do), with the upstream's own string in `originatingDirectionRaw`.";
    }
}
