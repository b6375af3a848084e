using Gateway.Bench.Reporting;

namespace Gateway.Bench.Subscriptions;

/// <summary>
/// The subscription benchmark's entry: parses its options, runs it under a time ceiling with every started process
/// killed at the end (or on Ctrl-C, TERM, a crash), prints and writes the report. Exit 0 healthy; 1 when a delivery was
/// lost or duplicated, a payload or socket failed, or a process failed; 2 for a bad argument; 130 when interrupted.
/// </summary>
internal static class SubscriptionBenchmark
{
    // Start-up, subscribing, the warm-up and the drain on top of the steady phase: a hung step must not leave processes behind for long.
    private static readonly TimeSpan RunOverhead = TimeSpan.FromMinutes(4);

    public static async Task<int> RunAsync(IReadOnlyList<string> args)
    {
        SubscriptionBenchOptions options;
        try
        {
            options = SubscriptionBenchOptions.Parse(args);
        }
        catch (BenchmarkFailedException ex)
        {
            await Console.Error.WriteLineAsync($"bench: {ex.Message}");
            return 2;
        }

        if (options.HelpRequested)
        {
            Console.WriteLine(SubscriptionBenchOptions.Usage);
            return 0;
        }

        return await BenchmarkSession.RunAsync(options.PidFile, options.Duration + options.DrainTimeout + RunOverhead, async (layout, registry, stop) =>
        {
            var report = await new SubscriptionBenchmarkRun(options, layout, registry).RunAsync(stop);
            await BenchmarkSession.WriteReportAsync(
                SubscriptionReportRenderer.ToPlainText(report), SubscriptionReportRenderer.ToMarkdown(report), options.OutputPath ?? layout.DefaultSubscriptionReportPath);
            if (report.Failures.Count > 0)
            {
                await Console.Error.WriteLineAsync($"bench: not healthy: {string.Join("; ", report.Failures)}");
                return 1;
            }

            return 0;
        });
    }
}
