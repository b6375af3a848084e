using System.Globalization;

namespace Gateway.Bench.Processes;

/// <summary>
/// One gateway process from the Release build, pointed at the simulator with the simulator's client credentials,
/// caching in memory only or, with a Redis connection string, in memory then Redis.
/// </summary>
internal sealed class GatewayHost : IAsyncDisposable
{
    private readonly Uri _healthEndpoint;

    private GatewayHost(ChildProcess process, Uri baseUrl, int maxConnections)
    {
        Process = process;
        GraphQLEndpoint = new Uri(baseUrl, "graphql");
        Client = new HttpClient(new SocketsHttpHandler
        {
            MaxConnectionsPerServer = maxConnections,
            PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
        })
        {
            Timeout = TimeSpan.FromSeconds(30),
        };
        _healthEndpoint = new Uri(baseUrl, "health");
    }

    public ChildProcess Process { get; }

    public Uri GraphQLEndpoint { get; }

    /// <summary>The load client of this gateway: one connection per concurrent worker, kept open across phases.</summary>
    public HttpClient Client { get; }

    public static async Task<GatewayHost> StartAsync(
        string name,
        RepositoryLayout layout,
        SimulatorHost simulator,
        RedisHost? redis,
        int maxConnections,
        ChildProcessRegistry registry,
        CancellationToken cancellationToken)
    {
        var baseUrl = new Uri($"http://127.0.0.1:{FreePort.Next().ToString(CultureInfo.InvariantCulture)}/");
        var environment = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["Logging__LogLevel__Default"] = "Warning",
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

        var process = ChildProcess.Start(
            name,
            DotnetHost.Path,
            [layout.GatewayDll, "--urls", baseUrl.ToString().TrimEnd('/')],
            environment,
            Path.GetDirectoryName(layout.GatewayDll)!, // the content root: appsettings.json is read from here
            registry);

        var host = new GatewayHost(process, baseUrl, maxConnections);
        try
        {
            await Readiness.WaitAsync(process, host.IsHealthyAsync, TimeSpan.FromSeconds(30), cancellationToken).ConfigureAwait(false);
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
    }

    private async Task<bool> IsHealthyAsync(CancellationToken cancellationToken)
    {
        using var response = await Client.GetAsync(_healthEndpoint, cancellationToken).ConfigureAwait(false);
        return response.IsSuccessStatusCode;
    }
}
