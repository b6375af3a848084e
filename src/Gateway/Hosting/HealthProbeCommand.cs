namespace Gateway.Hosting;

/// <summary>
/// <c>dotnet Gateway.dll health [url]</c>: asks a running gateway's <c>/health</c> (default
/// <c>http://127.0.0.1:8080/health</c>) and exits 0 when it answers 200, 1 otherwise. The container's health check: the
/// runtime image has no curl, and the probe must not need one.
/// </summary>
public static class HealthProbeCommand
{
    public const string DefaultUrl = "http://127.0.0.1:8080/health";

    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(5);

    public static bool IsRequested(string[] args) => args is ["health", ..];

    public static async Task<int> RunAsync(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var url = args.Length > 1 ? args[1] : DefaultUrl;
        using var client = new HttpClient { Timeout = Timeout };
        try
        {
            using var response = await client.GetAsync(new Uri(url));
            await Console.Out.WriteLineAsync($"{url}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            return response.IsSuccessStatusCode ? 0 : 1;
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or UriFormatException)
        {
            await Console.Error.WriteLineAsync($"{url}: {ex.Message}");
            return 1;
        }
    }
}
