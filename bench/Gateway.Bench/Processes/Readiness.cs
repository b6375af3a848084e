using System.Net.Sockets;

namespace Gateway.Bench.Processes;

/// <summary>Waits for a started process to answer, failing early (with its output) when it exits instead.</summary>
internal static class Readiness
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(100);

    public static async Task WaitAsync(ChildProcess process, Func<CancellationToken, Task<bool>> isReady, TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        try
        {
            while (true)
            {
                if (process.HasExited)
                {
                    throw new BenchmarkFailedException($"{process.Name} exited before it was ready; its last output:\n{process.RecentOutput()}");
                }

                try
                {
                    if (await isReady(deadline.Token).ConfigureAwait(false))
                    {
                        return;
                    }
                }
                catch (Exception ex) when (ex is HttpRequestException or IOException or SocketException
                                               || (ex is OperationCanceledException && !deadline.IsCancellationRequested))
                {
                    // Not listening yet, or a probe timed out on its own: ask again.
                }

                await Task.Delay(PollInterval, deadline.Token).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new BenchmarkFailedException($"{process.Name} was not ready after {timeout.TotalSeconds:0} s; its last output:\n{process.RecentOutput()}");
        }
    }
}
