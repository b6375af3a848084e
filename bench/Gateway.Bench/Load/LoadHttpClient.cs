namespace Gateway.Bench.Load;

/// <summary>The load client of a measured server: one connection per concurrent worker, kept open across phases.</summary>
internal static class LoadHttpClient
{
    public static HttpClient Create(Uri baseUrl, int maxConnections) => new(new SocketsHttpHandler
    {
        MaxConnectionsPerServer = maxConnections,
        PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
    })
    {
        BaseAddress = baseUrl,
        Timeout = TimeSpan.FromSeconds(30),
    };
}
