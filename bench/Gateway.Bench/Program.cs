using System.Runtime.InteropServices;
using Gateway.Bench;
using Gateway.Bench.Processes;
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

var registry = new ChildProcessRegistry(options.PidFile);
using var stop = new CancellationTokenSource(runLimit);

// Ctrl-C or a TERM cancels the run; the finally below (and the exit hook, should the runtime go down first) kills the children.
void OnSignal(PosixSignalContext context)
{
    context.Cancel = true;
    stop.Cancel();
}

using var onInterrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, OnSignal);
using var onTerminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, OnSignal);
AppDomain.CurrentDomain.ProcessExit += (_, _) => registry.KillAll();

try
{
    var layout = RepositoryLayout.Locate();
    layout.RequireBuilds();
    var report = await new BenchmarkRun(options, layout, registry).RunAsync(stop.Token);

    Console.WriteLine();
    Console.WriteLine(ReportRenderer.ToPlainText(report));
    var reportPath = Path.GetFullPath(options.OutputPath ?? layout.DefaultReportPath);
    Directory.CreateDirectory(Path.GetDirectoryName(reportPath)!);
    await File.WriteAllTextAsync(reportPath, ReportRenderer.ToMarkdown(report), CancellationToken.None);
    Console.WriteLine();
    Console.WriteLine($"report: {reportPath}");

    if (report.TotalErrors > 0)
    {
        await Console.Error.WriteLineAsync($"bench: {report.TotalErrors} queries failed; a healthy run has none (see the notes above)");
        return 1;
    }

    return 0;
}
catch (OperationCanceledException) when (stop.IsCancellationRequested)
{
    await Console.Error.WriteLineAsync("bench: stopped (interrupted, or over the run limit); every started process is being killed");
    return 130;
}
catch (BenchmarkFailedException ex)
{
    await Console.Error.WriteLineAsync($"bench: {ex.Message}");
    return 1;
}
finally
{
    registry.KillAll();
}
