using System.Text.Json;
using Gateway.Bench.Ceiling;
using Gateway.Bench.Load;

namespace Gateway.Bench.Processes;

/// <summary>
/// The ceiling target in its own process (bench/Gateway.Bench.Ceiling): a bare Kestrel endpoint answering each
/// captured request body with the bytes the gateway answered for it. Started like a gateway (same launcher, so the
/// same <c>dotnet</c>, environment and log level), so the two differ only in the work done per request.
/// </summary>
internal sealed class CeilingHost : IAsyncDisposable
{
    private readonly string _responsesFile;

    private CeilingHost(ChildProcess process, Uri baseUrl, int maxConnections, string responsesFile)
    {
        Process = process;
        _responsesFile = responsesFile;
        GraphQLEndpoint = new Uri(baseUrl, "graphql");
        Client = LoadHttpClient.Create(baseUrl, maxConnections);
    }

    public ChildProcess Process { get; }

    public Uri GraphQLEndpoint { get; }

    /// <summary>The load client: one connection per concurrent worker, as for a gateway.</summary>
    public HttpClient Client { get; }

    public static async Task<CeilingHost> StartAsync(
        RepositoryLayout layout, IReadOnlyList<CapturedResponse> responses, int maxConnections, ChildProcessRegistry registry, CancellationToken cancellationToken)
    {
        var responsesFile = Path.Combine(Path.GetTempPath(), $"gateway-bench-ceiling-{Guid.NewGuid():N}.json");
        try
        {
            await using (var file = File.Create(responsesFile))
            {
                await JsonSerializer.SerializeAsync(file, responses, JsonSerializerOptions.Web, cancellationToken).ConfigureAwait(false);
            }

            return await DotnetAppLauncher.StartAsync(
                "ceiling",
                layout.CeilingDll,
                ["--responses", responsesFile],
                new Dictionary<string, string>(),
                "health",
                registry,
                (process, baseUrl) => new CeilingHost(process, baseUrl, maxConnections, responsesFile),
                cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            // The host deletes the file when it is disposed; a start that failed leaves it to us.
            File.Delete(responsesFile);
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
