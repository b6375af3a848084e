using Gateway.Bench;
using Gateway.Bench.Reporting;
using Gateway.Bench.Scenarios;
using Gateway.Bench.Subscriptions;

// "subscriptions" first: the subscription benchmark (bench/subscriptions.sh); otherwise the cache benchmark.
if (args is [SubscriptionBenchOptions.Mode, ..])
{
    return await SubscriptionBenchmark.RunAsync(args[1..]);
}

// A hard ceiling on the whole run, whatever the phase limits: a hung start-up must not leave processes behind for long.
var runLimit = TimeSpan.FromMinutes(6);

BenchOptions options;
try
{
    options = BenchOptions.Parse(args);
}
catch (BenchmarkFailedException ex)
{
    await Console.Error.WriteLineAsync($"bench: {ex.Message}");
    return 2;
}

if (options.HelpRequested)
{
    Console.WriteLine(BenchOptions.Usage);
    return 0;
}

return await BenchmarkSession.RunAsync(options.PidFile, runLimit, async (layout, registry, stop) =>
{
    var report = await new BenchmarkRun(options, layout, registry).RunAsync(stop);
    await BenchmarkSession.WriteReportAsync(ReportRenderer.ToPlainText(report), ReportRenderer.ToMarkdown(report), options.OutputPath ?? layout.DefaultReportPath);
    if (report.TotalErrors > 0)
    {
        await Console.Error.WriteLineAsync($"bench: {report.TotalErrors} queries failed; a healthy run has none (see the notes above)");
        return 1;
    }

    return 0;
});
