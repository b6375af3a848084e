using System.Net.WebSockets;

namespace Gateway.Notifications;

/// <summary>Connects a <see cref="ClientWebSocket"/>: <c>wss://</c> upstream, <c>ws://</c> from the simulator.</summary>
public sealed class ClientWebSocketConnector : INotificationSocketConnector
{
    public async Task<WebSocket> ConnectAsync(Uri connectUri, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connectUri);
        var socket = new ClientWebSocket();

        // Liveness is the channel's heartbeat and the JSON ping (the upstream ignores protocol pings), watched by the receive loop.
        socket.Options.KeepAliveInterval = TimeSpan.Zero;
        try
        {
            await socket.ConnectAsync(connectUri, cancellationToken).ConfigureAwait(false);
            return socket;
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}
