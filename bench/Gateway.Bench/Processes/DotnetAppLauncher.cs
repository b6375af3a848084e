using System.Globalization;

namespace Gateway.Bench.Processes;

/// <summary>
/// Starts one of the repository's builds (gateway, simulator, ceiling) as a child process: the <c>dotnet</c> running
/// this benchmark, a free loopback port, production environment with warning-level logs unless
/// <c>environment</c> says otherwise, its perf map on (<see cref="ChildProcess.CompiledCodeEntries"/>), the build's directory
/// as content root; then waits until a GET of the readiness
/// path answers 2xx. The host is disposed (the process killed) when the wait fails.
/// </summary>
internal static class DotnetAppLauncher
{
    private static readonly TimeSpan ReadyTimeout = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan ProbeTimeout = TimeSpan.FromSeconds(5);

    /// <summary>Starts <paramref name="dll"/> and wraps its process and root URL in <paramref name="wrap"/>'s host once it is ready; <paramref name="observeLine"/> sees its output.</summary>
    public static async Task<THost> StartAsync<THost>(
        string name,
        string dll,
        IEnumerable<string> arguments,
        IReadOnlyDictionary<string, string> environment,
        string readinessPath,
        ChildProcessRegistry registry,
        Func<ChildProcess, Uri, THost> wrap,
        CancellationToken cancellationToken,
        Action<string>? observeLine = null)
        where THost : IAsyncDisposable
    {
        var baseUrl = new Uri($"http://127.0.0.1:{FreePort.Next().ToString(CultureInfo.InvariantCulture)}/");
        var variables = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["Logging__LogLevel__Default"] = "Warning",

            // The perf map (a line per method compiled) tells the warm-up when the process stopped compiling.
            ["DOTNET_PerfMapEnabled"] = "3",
        };
        foreach (var (key, value) in environment)
        {
            variables[key] = value;
        }

        var process = ChildProcess.Start(
            name,
            DotnetHost.Path,
            [dll, "--urls", baseUrl.ToString().TrimEnd('/'), .. arguments],
            variables,
            Path.GetDirectoryName(dll)!, // the content root: appsettings.json is read from here
            registry,
            observeLine);

        THost host;
        try
        {
            host = wrap(process, baseUrl);
        }
        catch
        {
            await process.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        try
        {
            using var probe = new HttpClient { BaseAddress = baseUrl, Timeout = ProbeTimeout };
            await Readiness.WaitAsync(
                process,
                async token =>
                {
                    using var response = await probe.GetAsync(readinessPath, token).ConfigureAwait(false);
                    return response.IsSuccessStatusCode;
                },
                ReadyTimeout,
                cancellationToken).ConfigureAwait(false);
            return host;
        }
        catch
        {
            await host.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }
}
