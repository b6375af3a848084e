using System.Net;
using System.Net.Sockets;

namespace Gateway.Bench.Subscriptions;

/// <summary>
/// Spreads the sockets over loopback source addresses (127.10.x.y), a few dozen each: the gateway limits streaming
/// connections per client address (<c>GraphQL:Subscriptions:MaxConnectionsPerClient</c>, 50), and a thousand
/// subscriptions come from many front ends, not one. Each address has its own handler, binding before it connects.
/// </summary>
internal sealed class LoopbackClientAddresses : IDisposable
{
    /// <summary>Below the gateway's default per-client limit, so the benchmark runs against the gateway as configured.</summary>
    public const int SocketsPerAddress = 40;

    private const int HostsPerSubnet = 250;

    private readonly List<HttpMessageInvoker> _invokers = [];
    private readonly Lock _gate = new();

    /// <summary>The invoker socket <paramref name="socketIndex"/> connects through.</summary>
    public HttpMessageInvoker For(int socketIndex)
    {
        var slot = socketIndex / SocketsPerAddress;
        lock (_gate)
        {
            while (_invokers.Count <= slot)
            {
                var n = _invokers.Count;
                var address = new IPAddress([127, 10, (byte)(n / HostsPerSubnet), (byte)(1 + (n % HostsPerSubnet))]);
                _invokers.Add(new HttpMessageInvoker(new SocketsHttpHandler
                {
                    ConnectCallback = (context, cancellationToken) => ConnectFromAsync(address, context.DnsEndPoint, cancellationToken),
                    PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
                }));
            }

            return _invokers[slot];
        }
    }

    /// <summary>Client addresses in use.</summary>
    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _invokers.Count;
            }
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            foreach (var invoker in _invokers)
            {
                invoker.Dispose();
            }

            _invokers.Clear();
        }
    }

    private static async ValueTask<Stream> ConnectFromAsync(IPAddress local, DnsEndPoint remote, CancellationToken cancellationToken)
    {
        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            socket.Bind(new IPEndPoint(local, 0));
            await socket.ConnectAsync(IPAddress.Parse(remote.Host), remote.Port, cancellationToken).ConfigureAwait(false);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}
