using GenesysCloud.Simulator.Auth;
using GenesysCloud.Simulator.Endpoints;
using GenesysCloud.Simulator.Errors;
using GenesysCloud.Simulator.Hosting;

namespace GenesysCloud.Simulator.Notifications;

/// <summary>
/// <c>/api/v2/notifications/channels</c>: create and list the caller's channels, check one exists, and read, add,
/// replace or remove its topic subscriptions. Channels belong to the token's organization and OAuth client.
/// </summary>
internal static class NotificationChannelEndpoints
{
    public static void MapNotificationChannelEndpoints(this IEndpointRouteBuilder api)
    {
        api.MapPost("/notifications/channels", Create).WithSimulatorRoute(SimulatorRoutes.CreateNotificationChannel);
        api.MapGet("/notifications/channels", List).WithSimulatorRoute(SimulatorRoutes.NotificationChannels);
        api.MapMethods("/notifications/channels/{channelId}", [HttpMethods.Head], Exists).WithSimulatorRoute(SimulatorRoutes.NotificationChannelExists);

        const string subscriptions = "/notifications/channels/{channelId}/subscriptions";
        api.MapGet(subscriptions, GetSubscriptions).WithSimulatorRoute(SimulatorRoutes.NotificationSubscriptions);
        api.MapPost(subscriptions, (HttpContext context, string channelId, NotificationChannelRegistry channels) =>
            SubscribeAsync(context, channelId, channels, replace: false)).WithSimulatorRoute(SimulatorRoutes.AddNotificationSubscriptions);
        api.MapPut(subscriptions, (HttpContext context, string channelId, NotificationChannelRegistry channels) =>
            SubscribeAsync(context, channelId, channels, replace: true)).WithSimulatorRoute(SimulatorRoutes.ReplaceNotificationSubscriptions);
        api.MapDelete(subscriptions, Unsubscribe).WithSimulatorRoute(SimulatorRoutes.DeleteNotificationSubscriptions);
    }

    private static IResult Create(HttpContext context, NotificationChannelRegistry channels)
    {
        var channel = channels.Create(SimulatorCaller.Get(context), SocketBaseUri(context));
        return TypedResults.Json(channel.ToWire(), NotificationWireJson.Context.ChannelWire);
    }

    private static IResult List(HttpContext context, NotificationChannelRegistry channels)
    {
        var caller = SimulatorCaller.Get(context);
        var listing = new ChannelWireListing([.. channels.OfClient(caller.OrganizationId, caller.Client.ClientId).Select(c => c.ToWire())]);
        return TypedResults.Json(listing, NotificationWireJson.Context.ChannelWireListing);
    }

    private static IResult Exists(HttpContext context, string channelId, NotificationChannelRegistry channels) =>
        channels.Find(SimulatorCaller.Get(context), channelId) is null
            ? TypedResults.StatusCode(StatusCodes.Status404NotFound)
            : TypedResults.Ok();

    private static IResult GetSubscriptions(HttpContext context, string channelId, NotificationChannelRegistry channels)
    {
        var channel = channels.Find(SimulatorCaller.Get(context), channelId);
        return channel is null
            ? ChannelNotFound(context, channelId)
            : TypedResults.Json(channels.Subscriptions(channel), NotificationWireJson.Context.ChannelTopicWireListing);
    }

    private static async Task<IResult> SubscribeAsync(HttpContext context, string channelId, NotificationChannelRegistry channels, bool replace)
    {
        var channel = channels.Find(SimulatorCaller.Get(context), channelId);
        if (channel is null)
        {
            return ChannelNotFound(context, channelId);
        }

        var (topics, error) = await RequestBodies.ReadAsync(context, NotificationWireJson.Context.ListChannelTopicWire);
        if (error is not null)
        {
            return error;
        }

        var answer = channels.Subscribe(channel, topics!, replace);
        if (answer is null)
        {
            var max = channels.Options.MaxTopicsPerChannel.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return ApiErrors.Error(context, StatusCodes.Status400BadRequest, ErrorCodes.NotificationTopicLimitExceeded,
                $"A channel may be subscribed to at most {max} topics.", new Dictionary<string, string> { ["limit"] = max });
        }

        return TypedResults.Json(answer, NotificationWireJson.Context.ChannelTopicWireListing);
    }

    private static IResult Unsubscribe(HttpContext context, string channelId, NotificationChannelRegistry channels)
    {
        var channel = channels.Find(SimulatorCaller.Get(context), channelId);
        if (channel is null)
        {
            return ChannelNotFound(context, channelId);
        }

        channels.Unsubscribe(channel);
        return TypedResults.Json(new ChannelTopicWireListing([]), NotificationWireJson.Context.ChannelTopicWireListing);
    }

    private static IResult ChannelNotFound(HttpContext context, string channelId) =>
        ApiErrors.NotFound(context, $"Channel {channelId} not found");

    // The socket is served by this same host: the request's own scheme, host and port, as seen by the caller.
    private static string SocketBaseUri(HttpContext context)
    {
        var request = context.Request;
        var scheme = request.IsHttps ? "wss" : "ws";
        return $"{scheme}://{request.Host}{request.PathBase}";
    }
}
