using Gateway.Bench.Load;

namespace Gateway.Bench.Processes;

/// <summary>
/// One gateway process from the Release build, pointed at the simulator with the simulator's client credentials,
/// caching in memory only or, with a Redis connection string, in memory then Redis.
/// </summary>
internal sealed class GatewayHost : IAsyncDisposable
{
    private GatewayHost(ChildProcess process, Uri baseUrl, int maxConnections)
    {
        Process = process;
        GraphQLEndpoint = new Uri(baseUrl, "graphql");
        Client = LoadHttpClient.Create(baseUrl, maxConnections);
    }

    public ChildProcess Process { get; }

    /// <summary>
    /// The process's peak resident set size when it was ready, its start-up warm-up included (null where <c>/proc</c>
    /// cannot say). The peak then starts over, so <see cref="ChildProcess.PeakResidentMegabytes"/> is what serving took.
    /// </summary>
    public double? StartupPeakResidentMegabytes { get; private set; }

    public Uri GraphQLEndpoint { get; }

    /// <summary>The load client of this gateway: one connection per concurrent worker, kept open across phases.</summary>
    public HttpClient Client { get; }

    /// <summary>Starts a gateway; <paramref name="settings"/> are more variables for its environment (they win over the defaults here).</summary>
    public static async Task<GatewayHost> StartAsync(
        string name,
        RepositoryLayout layout,
        SimulatorHost simulator,
        RedisHost? redis,
        int maxConnections,
        ChildProcessRegistry registry,
        CancellationToken cancellationToken,
        IReadOnlyDictionary<string, string>? settings = null)
    {
        var environment = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["Genesys__ApiBaseUrl"] = simulator.BaseUrl.ToString(),
            ["Genesys__LoginBaseUrl"] = simulator.BaseUrl.ToString(),
            ["Genesys__ClientId"] = GenesysCloud.Simulator.SimulatorOptions.DefaultClientId,
            ["Genesys__ClientSecret"] = GenesysCloud.Simulator.SimulatorOptions.DefaultClientSecret,

            // The bench measures the gateway, not the budget: a cold phase sends about 900 upstream calls in seconds,
            // and the simulator here has no rate limit of its own.
            ["Genesys__RateBudget__Enabled"] = "false",
        };
        if (redis is not null)
        {
            environment["Redis__ConnectionString"] = redis.ConnectionString;
        }

        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            environment[key] = value;
        }

        var gateway = await DotnetAppLauncher.StartAsync(
            name,
            layout.GatewayDll,
            [],
            environment,
            "health",
            registry,
            (process, baseUrl) => new GatewayHost(process, baseUrl, maxConnections),
            cancellationToken).ConfigureAwait(false);
        gateway.StartupPeakResidentMegabytes = gateway.Process.PeakResidentMegabytes();
        gateway.Process.ResetPeakResident();
        return gateway;
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Process.DisposeAsync().ConfigureAwait(false);
    }
}
