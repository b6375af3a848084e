using System.Net.WebSockets;

namespace Gateway.Notifications;

/// <summary>Opens the WebSocket of a channel at its <c>connectUri</c> (a seam: tests hand out sockets of their own).</summary>
public interface INotificationSocketConnector
{
    /// <summary>A connected socket; throws <see cref="WebSocketException"/> (or <see cref="HttpRequestException"/>) when it cannot connect.</summary>
    Task<WebSocket> ConnectAsync(Uri connectUri, CancellationToken cancellationToken);
}
