using System.Text.Json;
using GenesysCloud.Simulator.Errors;
using GenesysCloud.Simulator.Hosting;

namespace GenesysCloud.Simulator.Notifications;

/// <summary>
/// <c>/__simulator/notifications/…</c> over HTTP: the service's state (<c>GET channels</c>, <c>DELETE counts</c>),
/// sockets ended on demand (<c>POST sockets/close</c>) and data changes published as events (<c>POST cobrowse-transition</c>,
/// <c>segment</c>, <c>session-update</c>, <c>session</c>, <c>random</c>).
/// </summary>
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

        MapChange(notifications, "/cobrowse-transition", (service, request) => service.TransitionCobrowse(
            Required(request.ConversationId, "conversationId"), request.State, request.OrganizationId, request.DisconnectType ?? "client"));
        MapChange(notifications, "/segment", (service, request) =>
            service.AppendCobrowseSegment(Required(request.ConversationId, "conversationId"), request.OrganizationId));
        MapChange(notifications, "/session-update", (service, request) =>
            service.UpdateSession(Required(request.SessionId, "sessionId"), request.End, request.OrganizationId));
        MapChange(notifications, "/session", (service, request) =>
            service.CreateSession(Required(request.ExternalContactId, "externalContactId"), request.OrganizationId));
        MapChange(notifications, "/random", (service, request) => service.PublishRandomChange(request.OrganizationId));

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

    private static void MapChange(RouteGroupBuilder notifications, string path, Func<SimulatorNotifications, ChangeRequest, NotificationChange> change) =>
        notifications.MapPost(path, async (HttpContext context, SimulatorNotifications service) =>
        {
            ChangeRequest? request;
            try
            {
                request = context.Request.ContentLength is 0 or null && !context.Request.Headers.ContainsKey("Transfer-Encoding")
                    ? new ChangeRequest()
                    : await JsonSerializer.DeserializeAsync(context.Request.Body, SimulatorJsonContext.Default.ChangeRequest, context.RequestAborted);
            }
            catch (JsonException exception)
            {
                return Results.BadRequest(exception.Message);
            }

            try
            {
                return TypedResults.Json(change(service, request ?? new ChangeRequest()), SimulatorJsonContext.Default.NotificationChange);
            }
            catch (NotificationChangeException exception)
            {
                return ApiErrors.Error(context, exception.StatusCode, message: exception.Message);
            }
        });

    private static string Required(string? value, string name) =>
        string.IsNullOrWhiteSpace(value) ? throw new NotificationChangeException(StatusCodes.Status400BadRequest, $"{name} is required.") : value;

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
