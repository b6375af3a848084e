using System.Text.Json.Serialization;

namespace Gateway.ResponseCaching;

/// <summary>
/// A result's <c>data</c> already serialized (UTF-8 JSON): the engine's result writer hands any <c>data</c> that is not
/// its own tree to System.Text.Json, whose converter for this type copies the bytes as they are.
/// </summary>
[JsonConverter(typeof(SerializedDataJsonConverter))]
public sealed class SerializedData(ReadOnlyMemory<byte> json)
{
    public ReadOnlyMemory<byte> Json { get; } = json;
}
