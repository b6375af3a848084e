using System.Text.Json.Serialization;

namespace Gateway.Transport.Playground;

/// <summary>Source-generated JSON for <c>bcp-config.json</c>.</summary>
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(BananaCakePopConfigurationFile))]
internal sealed partial class BananaCakePopJsonContext : JsonSerializerContext;
