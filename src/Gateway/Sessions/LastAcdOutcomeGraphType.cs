using GraphQL.Types;

namespace Gateway.Sessions;

/// <summary>The `LastAcdOutcome` enum: upstream values in SCREAMING_SNAKE case; an unknown upstream value is OUTDATED_SDK_VERSION.</summary>
public sealed class LastAcdOutcomeGraphType : EnumerationGraphType<LastAcdOutcome>
{
    public LastAcdOutcomeGraphType()
    {
        Name = "LastAcdOutcome";
        Description = "Last ACD outcome for the conversation. A value newer than this gateway's model is reported as OUTDATED_SDK_VERSION (as the platform SDKs do), with the upstream's own string in `lastAcdOutcomeRaw`.";
    }
}
