using System.Net.Http.Json;
using System.Text.Json;
using GenesysCloud.Simulator;

namespace Gateway.Bench.Processes;

/// <summary>
/// The Genesys Cloud simulator in its own process, with a fixed latency on every answer to stand in for a real
/// upstream's round trip, and its call counters (<c>/__simulator/calls</c>) read and reset between phases.
/// </summary>
internal sealed class SimulatorHost : IAsyncDisposable
{
    private const string CallsPath = "__simulator/calls";
    private const string NotificationChannelsPath = "__simulator/notifications/channels";
    private const string NotificationCountsPath = "__simulator/notifications/counts";

    private static readonly JsonSerializerOptions CountsJson = new(JsonSerializerDefaults.Web);

    private readonly ChildProcess _process;
    private readonly HttpClient _control;

    private SimulatorHost(ChildProcess process, Uri baseUrl)
    {
        _process = process;
        BaseUrl = baseUrl;
        _control = new HttpClient { BaseAddress = baseUrl, Timeout = TimeSpan.FromSeconds(10) };
    }

    /// <summary>The simulator's process.</summary>
    public ChildProcess Process => _process;

    /// <summary>The root the gateway is pointed at, for both the API and the login service.</summary>
    public Uri BaseUrl { get; }

    /// <summary>An HTTP client on the simulator's root, for the warm-up's direct API calls.</summary>
    public HttpClient Client => _control;

    /// <summary>
    /// Starts the simulator; <paramref name="settings"/> are more <c>Simulator__…</c> variables (or any other) for its
    /// environment. With <paramref name="trace"/>, its request log is on and every API call it answers lands there.
    /// </summary>
    public static Task<SimulatorHost> StartAsync(
        RepositoryLayout layout,
        int latencyMilliseconds,
        ChildProcessRegistry registry,
        CancellationToken cancellationToken,
        IReadOnlyDictionary<string, string>? settings = null,
        UpstreamCallTrace? trace = null)
    {
        var environment = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["Simulator__LatencyMilliseconds"] = latencyMilliseconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            environment[key] = value;
        }

        foreach (var (key, value) in trace is null ? new Dictionary<string, string>() : UpstreamCallTrace.SimulatorSettings)
        {
            environment[key] = value;
        }

        return DotnetAppLauncher.StartAsync(
            "simulator",
            layout.SimulatorDll,
            [],
            environment,
            CallsPath,
            registry,
            (process, baseUrl) => new SimulatorHost(process, baseUrl),
            cancellationToken,
            trace is null ? null : trace.Observe);
    }

    /// <summary>Zeroes the counters, so the next read counts one phase.</summary>
    public async Task ResetCallCountsAsync(CancellationToken cancellationToken)
    {
        using var response = await _control.DeleteAsync(CallsPath, cancellationToken).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
    }

    /// <summary>Calls received per route since the last reset, and ids asked for per batch route.</summary>
    public async Task<CallCountsResponse> ReadCallCountsAsync(CancellationToken cancellationToken)
        => await _control.GetFromJsonAsync<CallCountsResponse>(CallsPath, CountsJson, cancellationToken).ConfigureAwait(false)
           ?? throw new BenchmarkFailedException("the simulator answered no call counts");

    /// <summary>The notification service's counters and live channels (<c>GET /__simulator/notifications/channels</c>).</summary>
    public async Task<NotificationChannelsResponse> ReadNotificationChannelsAsync(CancellationToken cancellationToken)
        => await _control.GetFromJsonAsync<NotificationChannelsResponse>(NotificationChannelsPath, CountsJson, cancellationToken).ConfigureAwait(false)
           ?? throw new BenchmarkFailedException("the simulator answered no notification channels");

    /// <summary>Zeroes the notification service's counters (<c>DELETE /__simulator/notifications/counts</c>).</summary>
    public async Task ResetNotificationCountsAsync(CancellationToken cancellationToken)
    {
        using var response = await _control.DeleteAsync(NotificationCountsPath, cancellationToken).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
    }

    public async ValueTask DisposeAsync()
    {
        _control.Dispose();
        await _process.DisposeAsync().ConfigureAwait(false);
    }
}
