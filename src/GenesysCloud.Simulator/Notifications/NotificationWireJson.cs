using System.Text.Encodings.Web;
using System.Text.Json;

namespace GenesysCloud.Simulator.Notifications;

/// <summary><see cref="NotificationJsonContext"/> with the platform's escaping, as <see cref="Hosting.WireJson"/> does for the models.</summary>
internal static class NotificationWireJson
{
    public static NotificationJsonContext Context { get; } = new(new JsonSerializerOptions(NotificationJsonContext.Default.Options)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });
}
