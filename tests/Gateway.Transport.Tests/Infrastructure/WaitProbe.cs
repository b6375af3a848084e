namespace Gateway.Transport.Tests.Infrastructure;

/// <summary>Completed when the <c>wait</c> resolver starts, one per test host.</summary>
public sealed class WaitProbe
{
    public TaskCompletionSource Started { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
}
