using System.Net.Http.Json;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;

namespace GenesysCloud.Simulator.Tests.Notifications;

/// <summary>Channel calls and a real <see cref="ClientWebSocket"/> on a channel, with awaited (never slept) reads.</summary>
internal static class NotificationTestClient
{
    public static readonly TimeSpan ReceiveTimeout = TimeSpan.FromSeconds(10);

    public sealed record Channel(string Id, string ConnectUri, DateTimeOffset Expires);

    public static async Task<Channel> CreateChannelAsync(HttpClient http)
    {
        using var response = await http.PostAsync("api/v2/notifications/channels", null);
        response.EnsureSuccessStatusCode();
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = json.RootElement;
        return new Channel(root.GetProperty("id").GetString()!, root.GetProperty("connectUri").GetString()!, root.GetProperty("expires").GetDateTimeOffset());
    }

    public static Task<HttpResponseMessage> SubscribeAsync(HttpClient http, string channelId, HttpMethod method, params string[] topics) =>
        http.SendAsync(new HttpRequestMessage(method, $"api/v2/notifications/channels/{channelId}/subscriptions")
        {
            Content = JsonContent.Create(topics.Select(t => new { id = t }).ToArray()),
        });

    /// <summary>Subscribes (PUT) and returns the answer's entities; fails on a non-success status.</summary>
    public static async Task<List<JsonElement>> ReplaceTopicsAsync(HttpClient http, string channelId, params string[] topics)
    {
        using var response = await SubscribeAsync(http, channelId, HttpMethod.Put, topics);
        response.EnsureSuccessStatusCode();
        return await EntitiesAsync(response);
    }

    public static async Task<List<JsonElement>> EntitiesAsync(HttpResponseMessage response)
    {
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return [.. json.RootElement.GetProperty("entities").EnumerateArray().Select(e => e.Clone())];
    }

    /// <summary>Connects and proves the simulator has attached the socket (a ping answered), so no event can be missed.</summary>
    public static async Task<ClientWebSocket> ConnectAsync(string connectUri)
    {
        var socket = new ClientWebSocket();
        using var timeout = new CancellationTokenSource(ReceiveTimeout);
        await socket.ConnectAsync(new Uri(connectUri), timeout.Token);
        await PingAsync(socket);
        return socket;
    }

    public static async Task PingAsync(ClientWebSocket socket)
    {
        await SendTextAsync(socket, """{"message":"ping"}""");
        await ReceiveAsync(socket, m => IsMetadata(m, "pong"));
    }

    public static async Task SendTextAsync(ClientWebSocket socket, string text)
    {
        using var timeout = new CancellationTokenSource(ReceiveTimeout);
        await socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, true, timeout.Token);
    }

    /// <summary>The next text frame, or null when the server closed the socket (its close status is then on the socket).</summary>
    public static async Task<string?> ReceiveTextAsync(ClientWebSocket socket, TimeSpan? timeout = null)
    {
        using var cts = new CancellationTokenSource(timeout ?? ReceiveTimeout);
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        while (true)
        {
            var result = await socket.ReceiveAsync(buffer, cts.Token);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return null;
            }

            message.Write(buffer, 0, result.Count);
            if (result.EndOfMessage)
            {
                return Encoding.UTF8.GetString(message.ToArray());
            }
        }
    }

    /// <summary>Reads frames until one matches (heartbeats and other topics are skipped); fails when the socket closes first.</summary>
    public static async Task<JsonElement> ReceiveAsync(ClientWebSocket socket, Func<JsonElement, bool> match, TimeSpan? timeout = null)
    {
        var deadline = DateTimeOffset.UtcNow + (timeout ?? ReceiveTimeout);
        while (true)
        {
            var remaining = deadline - DateTimeOffset.UtcNow;
            var text = await ReceiveTextAsync(socket, remaining > TimeSpan.Zero ? remaining : TimeSpan.FromMilliseconds(1))
                ?? throw new InvalidOperationException($"The socket closed ({socket.CloseStatus}) before the expected message.");
            using var json = JsonDocument.Parse(text);
            if (match(json.RootElement))
            {
                return json.RootElement.Clone();
            }
        }
    }

    public static bool IsTopic(JsonElement message, string topic) =>
        message.TryGetProperty("topicName", out var name) && name.GetString() == topic;

    public static bool IsMetadata(JsonElement message, string text) =>
        IsTopic(message, "channel.metadata") && message.GetProperty("eventBody").GetProperty("message").GetString() == text;

    public static async Task CloseQuietlyAsync(ClientWebSocket socket)
    {
        try
        {
            if (socket.State == WebSocketState.Open)
            {
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
                await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "", timeout.Token);
            }
        }
        catch (Exception exception) when (exception is WebSocketException or OperationCanceledException)
        {
            // Already gone.
        }
        finally
        {
            socket.Dispose();
        }
    }
}
