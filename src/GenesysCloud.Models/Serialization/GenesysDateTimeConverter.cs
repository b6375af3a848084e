using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace GenesysCloud.Models;

/// <summary>
/// Reads any ISO-8601 date-time and writes the platform's own form, UTC with milliseconds and <c>Z</c>
/// (<c>yyyy-MM-ddTHH:mm:ss.fffZ</c>), which System.Text.Json would otherwise write as <c>+00:00</c>.
/// </summary>
public sealed class GenesysDateTimeConverter : JsonConverter<DateTimeOffset>
{
    private const string WireFormat = "yyyy-MM-dd'T'HH:mm:ss.fff'Z'";

    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TryGetDateTimeOffset(out var value))
        {
            return value;
        }

        var text = reader.GetString();
        return DateTimeOffset.Parse(text ?? string.Empty, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
    }

    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options)
        => writer.WriteStringValue(value.UtcDateTime.ToString(WireFormat, CultureInfo.InvariantCulture));
}
