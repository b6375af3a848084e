using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Gateway.Bench.Processes;

/// <summary>
/// The three Redis commands the benchmark needs (PING, DBSIZE, INFO memory), spoken as inline RESP over a fresh
/// loopback connection; a client library would be more than this needs.
/// </summary>
internal static class RedisCommands
{
    public static async Task<bool> PingAsync(int port, CancellationToken cancellationToken)
        => await SendAsync(port, "PING", cancellationToken).ConfigureAwait(false) == "PONG";

    /// <summary>Keys in the current database: the entries the gateways wrote to L2.</summary>
    public static async Task<long> KeyCountAsync(int port, CancellationToken cancellationToken)
        => long.Parse(await SendAsync(port, "DBSIZE", cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture);

    /// <summary>Bytes the server holds for data (<c>used_memory</c>).</summary>
    public static async Task<long> UsedMemoryBytesAsync(int port, CancellationToken cancellationToken)
    {
        var info = await SendAsync(port, "INFO memory", cancellationToken).ConfigureAwait(false);
        var line = info.Split("\r\n").First(l => l.StartsWith("used_memory:", StringComparison.Ordinal));
        return long.Parse(line["used_memory:".Length..], CultureInfo.InvariantCulture);
    }

    /// <summary>Sends one inline command; answers a simple, integer or bulk reply's text.</summary>
    private static async Task<string> SendAsync(int port, string command, CancellationToken cancellationToken)
    {
        using var client = new TcpClient();
        await client.ConnectAsync(IPAddress.Loopback, port, cancellationToken).ConfigureAwait(false);
        var stream = client.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes(command + "\r\n"), cancellationToken).ConfigureAwait(false);

        using var reader = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: false, bufferSize: 4096, leaveOpen: true);
        var header = await reader.ReadLineAsync(cancellationToken).ConfigureAwait(false)
                     ?? throw new IOException($"redis closed the connection on {command}");
        switch (header[0])
        {
            case '+' or ':':
                return header[1..];
            case '$':
                var length = int.Parse(header[1..], CultureInfo.InvariantCulture);
                var body = new char[length];
                var read = 0;
                while (read < length)
                {
                    var n = await reader.ReadAsync(body.AsMemory(read), cancellationToken).ConfigureAwait(false);
                    if (n == 0)
                    {
                        throw new IOException($"redis closed the connection in the reply to {command}");
                    }

                    read += n;
                }

                return new string(body);
            default:
                throw new IOException($"redis answered {header} to {command}");
        }
    }
}
