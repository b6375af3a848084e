using Gateway.Hosting;
using Gateway.Simulation;
using GenesysCloud.Simulator;

namespace Gateway.WarmUp;

/// <summary>
/// A throw-away copy of this gateway for the warm-up: the same composition (<see cref="GatewayApplication"/>) from the
/// shipped <c>appsettings.json</c> alone, never this process's environment, so it has no credentials, no Redis, no
/// exporter and no caller: it serves its own built-in simulator (no latency, a small seed) on a free loopback port,
/// with its logging off. Whatever it caches dies with it.
/// </summary>
public sealed class SimulatedGateway : IAsyncDisposable
{
    // The simulator's seed sizes: small, so it seeds fast, yet every kind of entity has several of each.
    private const int ExternalContactCount = 100;
    private const int SessionCount = 500;
    private const int ConversationCount = 100;
    private const int UserCount = 50;
    private const int QueueCount = 20;

    private static readonly Dictionary<string, string?> Settings = new(StringComparer.Ordinal)
    {
        ["Urls"] = "http://127.0.0.1:0",
        ["WarmUp:Enabled"] = "false",
        ["Genesys:ClientId"] = "",
        ["Genesys:ClientSecret"] = "",
        ["Genesys:RateBudget:Enabled"] = "false",
        ["Auth:Mode"] = "None",
        ["Redis:ConnectionString"] = "",
        ["GraphQL:Playground:Enabled"] = "false",
        ["Simulator:LatencyMilliseconds"] = "0",
        ["Simulator:ExternalContactCount"] = Invariant(ExternalContactCount),
        ["Simulator:SessionCount"] = Invariant(SessionCount),
        ["Simulator:ConversationCount"] = Invariant(ConversationCount),
        ["Simulator:UserCount"] = Invariant(UserCount),
        ["Simulator:QueueCount"] = Invariant(QueueCount),
    };

    private readonly WebApplication _app;

    private SimulatedGateway(WebApplication app, Uri address, SimulatorDataStore data)
    {
        _app = app;
        Client = new HttpClient { BaseAddress = address };
        Data = data;
    }

    /// <summary>A client of the copy's HTTP endpoint.</summary>
    public HttpClient Client { get; }

    /// <summary>The ids its simulator seeded.</summary>
    public SimulatorDataStore Data { get; }

    /// <summary>
    /// Gives <paramref name="options"/> the copy's seed sizes; with the same <c>Simulator:Seed</c>, a simulator so seeded
    /// has the copy's ids (a test's upstream, to prove the copy leaves nothing its gateway reads).
    /// </summary>
    public static void SeedLikeTheCopy(SimulatorOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.ExternalContactCount = ExternalContactCount;
        options.SessionCount = SessionCount;
        options.ConversationCount = ConversationCount;
        options.UserCount = UserCount;
        options.QueueCount = QueueCount;
    }

    /// <summary>Starts the copy from the <c>appsettings.json</c> in <paramref name="contentRoot"/> (this gateway's).</summary>
    public static async Task<SimulatedGateway> StartAsync(string contentRoot, CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(SimulatedGateway).Assembly.GetName().Name,
            ContentRootPath = contentRoot,
            EnvironmentName = Environments.Production,
        });
        builder.Configuration.Sources.Clear();
        builder.Configuration
            .AddJsonFile(Path.Combine(contentRoot, "appsettings.json"), optional: true, reloadOnChange: false)
            .AddInMemoryCollection(Settings);
        builder.Logging.ClearProviders();

        var app = GatewayApplication.Build(builder);
        try
        {
            await app.StartAsync(cancellationToken).ConfigureAwait(false);
            var address = new Uri(app.Urls.First());
            var data = app.Services.GetRequiredService<EmbeddedSimulatorHost>().Simulator.Data;
            return new SimulatedGateway(app, address, data);
        }
        catch
        {
            await app.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        using var stopping = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        try
        {
            await _app.StopAsync(stopping.Token).ConfigureAwait(false);
        }
        finally
        {
            await _app.DisposeAsync().ConfigureAwait(false);
        }
    }

    private static string Invariant(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
