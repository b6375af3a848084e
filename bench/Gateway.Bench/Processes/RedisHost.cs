using System.Globalization;

namespace Gateway.Bench.Processes;

/// <summary>A throw-away <c>redis-server</c> on a loopback port: no persistence, empty at start, killed at the end.</summary>
internal sealed class RedisHost : IAsyncDisposable
{
    private readonly ChildProcess _process;

    private RedisHost(ChildProcess process, int port)
    {
        _process = process;
        Port = port;
    }

    public int Port { get; }

    /// <summary>What the gateway's <c>Redis:ConnectionString</c> is set to.</summary>
    public string ConnectionString => $"127.0.0.1:{Port.ToString(CultureInfo.InvariantCulture)}";

    public static async Task<RedisHost> StartAsync(string redisServer, ChildProcessRegistry registry, CancellationToken cancellationToken)
    {
        var port = FreePort.Next();
        var process = ChildProcess.Start(
            "redis-server",
            redisServer,
            ["--port", port.ToString(CultureInfo.InvariantCulture), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--dir", Path.GetTempPath()],
            new Dictionary<string, string>(),
            Path.GetTempPath(),
            registry);

        var host = new RedisHost(process, port);
        try
        {
            await Readiness.WaitAsync(process, token => RedisCommands.PingAsync(port, token), TimeSpan.FromSeconds(15), cancellationToken).ConfigureAwait(false);
            return host;
        }
        catch
        {
            await host.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Keys and data memory now, for the report: shows what the gateways put into L2.</summary>
    public async Task<RedisUsage> ReadUsageAsync(CancellationToken cancellationToken)
        => new(
            await RedisCommands.KeyCountAsync(Port, cancellationToken).ConfigureAwait(false),
            await RedisCommands.UsedMemoryBytesAsync(Port, cancellationToken).ConfigureAwait(false) / (1024.0 * 1024.0));

    public ValueTask DisposeAsync() => _process.DisposeAsync();
}
