using System.Runtime.InteropServices;
using Gateway.Bench.Processes;

namespace Gateway.Bench;

/// <summary>
/// What every benchmark run is wrapped in: a hard time ceiling, Ctrl-C and TERM cancelling it, every started process
/// killed at the end (or on the runtime's exit should it go down first), and the exit codes: the run's own, 1 for a
/// failed step, 130 when interrupted or over the ceiling.
/// </summary>
internal static class BenchmarkSession
{
    public static async Task<int> RunAsync(
        string? pidFile, TimeSpan limit, Func<RepositoryLayout, ChildProcessRegistry, CancellationToken, Task<int>> run)
    {
        var registry = new ChildProcessRegistry(pidFile);
        using var stop = new CancellationTokenSource(limit);

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
            return await run(layout, registry, stop.Token);
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
    }

    /// <summary>Prints the report and writes its Markdown to <paramref name="path"/> (its folder created).</summary>
    public static async Task WriteReportAsync(string plainText, string markdown, string path)
    {
        Console.WriteLine();
        Console.WriteLine(plainText);
        var reportPath = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(reportPath)!);
        await File.WriteAllTextAsync(reportPath, markdown, CancellationToken.None);
        Console.WriteLine();
        Console.WriteLine($"report: {reportPath}");
    }
}
