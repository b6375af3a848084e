using System.Text.Json.Serialization;
using GenesysCloud.Models;

namespace GenesysCloud.Simulator.Notifications;

/// <summary>
/// The Notifications API's platform shapes, with the platform models' JSON conventions (camelCase, nulls omitted,
/// dates <c>...sss'Z'</c>); written with <see cref="Hosting.WireJson"/>'s relaxed escaping through <see cref="NotificationWireJson"/>.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    Converters = [typeof(GenesysDateTimeConverter)])]
[JsonSerializable(typeof(ChannelWire))]
[JsonSerializable(typeof(ChannelWireListing))]
[JsonSerializable(typeof(List<ChannelTopicWire>))]
[JsonSerializable(typeof(ChannelTopicWireListing))]
[JsonSerializable(typeof(SocketClosingBody))]
internal sealed partial class NotificationJsonContext : JsonSerializerContext;
