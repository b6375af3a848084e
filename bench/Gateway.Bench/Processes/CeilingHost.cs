using System.Globalization;
using System.Text.Json;
using Gateway.Bench.Ceiling;

namespace Gateway.Bench.Processes;

/// <summary>
/// The ceiling target in its own process (bench/Gateway.Bench.Ceiling): a bare Kestrel endpoint answering each
/// captured request body with the bytes the gateway answered for it. Started like a gateway (same <c>dotnet</c>,
/// environment and log level), so the two differ only in the work done per request.
/// </summary>
internal sealed class CeilingHost : IAsyncDisposable
{
    private readonly string _responsesFile;

    private CeilingHost(ChildProcess process, Uri baseUrl, int maxConnections, string responsesFile)
    {
        Process = process;
        _responsesFile = responsesFile;
        GraphQLEndpoint = new Uri(baseUrl, "graphql");
        Client = new HttpClient(new SocketsHttpHandler
        {
            MaxConnectionsPerServer = maxConnections,
            PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
        })
        {
            BaseAddress = baseUrl,
            Timeout = TimeSpan.FromSeconds(30),
        };
    }

    public ChildProcess Process { get; }

    public Uri GraphQLEndpoint { get; }

    /// <summary>The load client: one connection per concurrent worker, as for a gateway.</summary>
    public HttpClient Client { get; }

    public static async Task<CeilingHost> StartAsync(
        RepositoryLayout layout, IReadOnlyList<CapturedResponse> responses, int maxConnections, ChildProcessRegistry registry, CancellationToken cancellationToken)
    {
        var responsesFile = Path.Combine(Path.GetTempPath(), $"gateway-bench-ceiling-{Guid.NewGuid():N}.json");
        await using (var file = File.Create(responsesFile))
        {
            await JsonSerializer.SerializeAsync(file, responses, JsonSerializerOptions.Web, cancellationToken).ConfigureAwait(false);
        }

        var baseUrl = new Uri($"http://127.0.0.1:{FreePort.Next().ToString(CultureInfo.InvariantCulture)}/");
        var environment = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["Logging__LogLevel__Default"] = "Warning",
        };
        var process = ChildProcess.Start(
            "ceiling",
            DotnetHost.Path,
            [layout.CeilingDll, "--urls", baseUrl.ToString().TrimEnd('/'), "--responses", responsesFile],
            environment,
            Path.GetDirectoryName(layout.CeilingDll)!,
            registry);

        var host = new CeilingHost(process, baseUrl, maxConnections, responsesFile);
        try
        {
            await Readiness.WaitAsync(
                process,
                async token => (await host.Client.GetAsync("health", token).ConfigureAwait(false)).IsSuccessStatusCode,
                TimeSpan.FromSeconds(30),
                cancellationToken).ConfigureAwait(false);
            return host;
        }
        catch
        {
            await host.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Process.DisposeAsync().ConfigureAwait(false);
        File.Delete(_responsesFile);
    }
}
