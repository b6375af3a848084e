using System.ComponentModel;

namespace Gateway.Sessions;

/// <summary>The last ACD outcome of a session's conversation (SDK <c>LastAcdOutcomeEnum</c>).</summary>
public enum LastAcdOutcome
{
    [Description("A value this gateway does not know yet (newer than its model); the upstream's own string is in `lastAcdOutcomeRaw`.")]
    OutdatedSdkVersion,

    [Description("The outcome is unknown.")]
    Unknown,

    [Description("The customer abandoned the conversation while it waited in queue.")]
    Abandon,

    [Description("The conversation was answered by an agent.")]
    Answered,

    [Description("The conversation left the queue through a flow (e.g. an in-queue flow transfer).")]
    FlowOut,
}
