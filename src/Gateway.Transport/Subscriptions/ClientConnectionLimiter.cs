using System.Collections.Concurrent;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace Gateway.Transport.Subscriptions;

/// <summary>
/// Counts the streaming connections (WebSockets, SSE streams) each client holds, shared by both transports, so one
/// client cannot hold more than <see cref="GraphQLSubscriptionOptions.MaxConnectionsPerClient"/>. A client is its
/// remote address (behind a proxy, configure the forwarded-headers middleware so that this is the real client).
/// </summary>
public sealed class ClientConnectionLimiter
{
    private readonly ConcurrentDictionary<string, int> _connections = new(StringComparer.Ordinal);
    private readonly GraphQLSubscriptionOptions _options;

    /// <summary>Creates the limiter with the configured bound.</summary>
    public ClientConnectionLimiter(IOptions<GraphQLSubscriptionOptions> options)
    {
        _options = options.Value;
    }

    /// <summary>The client key of a request: its remote address.</summary>
    public static string ClientOf(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
    }

    /// <summary>
    /// Takes one connection slot for the client of <paramref name="context"/>; <see langword="null"/> when it holds the
    /// most it may. Dispose the lease when the connection ends.
    /// </summary>
    public IDisposable? TryAcquire(HttpContext context)
    {
        var client = ClientOf(context);
        while (true)
        {
            var current = _connections.GetValueOrDefault(client);
            if (current >= _options.MaxConnectionsPerClient)
            {
                return null;
            }

            var taken = current == 0
                ? _connections.TryAdd(client, 1)
                : _connections.TryUpdate(client, current + 1, current);
            if (taken)
            {
                return new Lease(this, client);
            }
        }
    }

    private void Release(string client)
    {
        while (true)
        {
            var current = _connections.GetValueOrDefault(client);
            if (current <= 1)
            {
                // The last one: drop the entry so the dictionary does not grow with every client ever seen.
                if (_connections.TryRemove(KeyValuePair.Create(client, current)))
                {
                    return;
                }
            }
            else if (_connections.TryUpdate(client, current - 1, current))
            {
                return;
            }
        }
    }

    private sealed class Lease(ClientConnectionLimiter limiter, string client) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                limiter.Release(client);
            }
        }
    }
}
