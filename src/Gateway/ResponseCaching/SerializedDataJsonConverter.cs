using System.Text.Json;
using System.Text.Json.Serialization;

namespace Gateway.ResponseCaching;

/// <summary>Writes <see cref="SerializedData"/> verbatim (it was written by the same serializer); reading is not needed.</summary>
public sealed class SerializedDataJsonConverter : JsonConverter<SerializedData>
{
    public override SerializedData Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        => throw new NotSupportedException("Serialized data is only ever written.");

    public override void Write(Utf8JsonWriter writer, SerializedData value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteRawValue(value.Json.Span, skipInputValidation: true);
    }
}
