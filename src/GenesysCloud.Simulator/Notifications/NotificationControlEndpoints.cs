using System.Text.Json;
using GenesysCloud.Simulator.Hosting;

namespace GenesysCloud.Simulator.Notifications;

/// <summary><c>/__simulator/notifications/…</c>: the notification service's state and its sockets ended on demand, over HTTP.</summary>
internal static class NotificationControlEndpoints
{
    public static void MapNotificationControlEndpoints(this IEndpointRouteBuilder control)
    {
        var notifications = control.MapGroup("/notifications");

        notifications.MapGet("/channels", (SimulatorNotifications service, string? organizationId) =>
            TypedResults.Json(new NotificationChannelsResponse(service.Counts, service.Channels(organizationId)), SimulatorJsonContext.Default.NotificationChannelsResponse));

        notifications.MapDelete("/counts", (SimulatorNotifications service) =>
        {
            service.ResetCounts();
            return TypedResults.NoContent();
        });

        notifications.MapPost("/sockets/close", async (HttpContext context, SimulatorNotifications service) =>
        {
            SocketCloseRequest? request;
            try
            {
                request = await JsonSerializer.DeserializeAsync(context.Request.Body, SimulatorJsonContext.Default.SocketCloseRequest, context.RequestAborted);
            }
            catch (JsonException exception)
            {
                return Results.BadRequest(exception.Message);
            }

            if (request is null || !TryParseMode(request.Mode, out var mode))
            {
                return Results.BadRequest("mode must be one of socket_closing, abort, silence.");
            }

            var closed = service.CloseSockets(mode, request.ChannelId, request.OrganizationId);
            return TypedResults.Json(new SocketCloseResponse(request.Mode!, closed), SimulatorJsonContext.Default.SocketCloseResponse);
        });
    }

    private static bool TryParseMode(string? text, out SocketCloseMode mode)
    {
        mode = text?.Replace("_", "", StringComparison.Ordinal).ToUpperInvariant() switch
        {
            "SOCKETCLOSING" => SocketCloseMode.SocketClosing,
            "ABORT" => SocketCloseMode.Abort,
            "SILENCE" => SocketCloseMode.Silence,
            _ => (SocketCloseMode)(-1),
        };
        return Enum.IsDefined(mode);
    }
}
