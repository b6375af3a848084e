using GenesysCloud.Simulator.Errors;
using GenesysCloud.Simulator.Hosting;

namespace GenesysCloud.Simulator.Notifications;

/// <summary>
/// The WebSocket at a channel's <c>connectUri</c>, <c>/channels/{channelId}</c>. No bearer token: the unguessable
/// channel id is the credential, as on the platform. One socket per channel: a new connection replaces the open one.
/// </summary>
internal static class NotificationSocketEndpoint
{
    public const string Path = "/channels/{channelId}";

    public static void MapNotificationSocket(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet(Path, ConnectAsync).WithSimulatorRoute(SimulatorRoutes.NotificationSocket, requiresToken: false);

    private static async Task<IResult> ConnectAsync(HttpContext context, string channelId, NotificationChannelRegistry channels, TimeProvider time)
    {
        var channel = channels.FindById(channelId);
        if (channel is null)
        {
            return ApiErrors.NotFound(context, $"Channel {channelId} not found");
        }

        if (!context.WebSockets.IsWebSocketRequest)
        {
            return ApiErrors.BadRequest(context, "This address takes a WebSocket connection.");
        }

        using var webSocket = await context.WebSockets.AcceptWebSocketAsync();
        var socket = new ChannelSocket(webSocket, context, channels.Counters, channels.Options.SendQueueCapacity);
        channels.Attach(channel, socket);
        try
        {
            await socket.RunAsync(channels.HeartbeatInterval, time, context.RequestAborted);
        }
        finally
        {
            channels.Detach(channel, socket);
        }

        return Results.Empty;
    }
}
