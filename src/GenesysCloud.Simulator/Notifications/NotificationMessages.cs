using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace GenesysCloud.Simulator.Notifications;

/// <summary>
/// The text frames of the notification WebSocket: the event envelope
/// <c>{ topicName, version: "2", eventBody, metadata: { CorrelationId } }</c>, and the <c>channel.metadata</c>
/// heartbeat and pong, which carry only a topic name and a message.
/// </summary>
internal static class NotificationMessages
{
    public const string MetadataTopic = "channel.metadata";
    public const string SocketClosingTopic = "v2.system.socket_closing";
    public const string EnvelopeVersion = "2";
    public const string HeartbeatMessage = "WebSocket Heartbeat";
    public const string PongMessage = "pong";

    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static ReadOnlyMemory<byte> Heartbeat { get; } = Metadata(HeartbeatMessage);

    public static ReadOnlyMemory<byte> Pong { get; } = Metadata(PongMessage);

    /// <summary>One event on one topic; <paramref name="eventBody"/> is JSON written once and shared by every topic and socket.</summary>
    public static ReadOnlyMemory<byte> Envelope(string topicName, ReadOnlySpan<byte> eventBody, string correlationId)
    {
        var buffer = new ArrayBufferWriter<byte>(eventBody.Length + 160);
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            writer.WriteStartObject();
            writer.WriteString("topicName", topicName);
            writer.WriteString("version", EnvelopeVersion);
            writer.WritePropertyName("eventBody");
            writer.WriteRawValue(eventBody, skipInputValidation: true);
            writer.WriteStartObject("metadata");
            writer.WriteString("CorrelationId", correlationId);
            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        return buffer.WrittenMemory;
    }

    /// <summary>Whether a client's text frame is the application-level ping <c>{"message":"ping"}</c>.</summary>
    public static bool IsPing(ReadOnlySpan<byte> frame)
    {
        try
        {
            var reader = new Utf8JsonReader(frame);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return false;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var isMessage = reader.ValueTextEquals("message"u8);
                if (!reader.Read())
                {
                    return false;
                }

                if (isMessage)
                {
                    return reader.TokenType == JsonTokenType.String && reader.ValueTextEquals("ping"u8);
                }

                reader.Skip();
            }

            return false;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static byte[] Metadata(string message) =>
        Encoding.UTF8.GetBytes($$$"""{"topicName":"{{{MetadataTopic}}}","eventBody":{"message":"{{{message}}}"}}""");
}
