using System.Text.Json;
using System.Text.Json.Serialization;

namespace GenesysCloud.Simulator.Hosting;

/// <summary>JSON of the simulator's own control endpoints (<c>/__simulator/…</c>), which are not platform shapes.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(CallCountsResponse))]
[JsonSerializable(typeof(FaultRequest))]
[JsonSerializable(typeof(FaultsResponse))]
[JsonSerializable(typeof(NotificationChannelsResponse))]
[JsonSerializable(typeof(SocketCloseRequest))]
[JsonSerializable(typeof(SocketCloseResponse))]
[JsonSerializable(typeof(ChangeRequest))]
[JsonSerializable(typeof(NotificationChange))]
internal sealed partial class SimulatorJsonContext : JsonSerializerContext;
