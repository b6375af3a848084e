using System.Buffers;
using System.Text;
using System.Text.Json;

namespace Gateway.Transport.Sse;

/// <summary>
/// The bytes of the protocol's messages (HTML Living Standard §9.2 event stream): <c>event: …</c>, one <c>data: …</c>
/// line per line of the JSON (the client joins them with a line feed, which is JSON whitespace), a blank line.
/// </summary>
internal static class SseMessages
{
    private static readonly byte[] EventPrefix = "event: "u8.ToArray();
    private static readonly byte[] DataPrefix = "data: "u8.ToArray();

    /// <summary>A comment line: keeps proxies from closing an idle stream, and makes some browsers fire <c>open</c>.</summary>
    public static ReadOnlyMemory<byte> KeepAlive { get; } = ":\n\n"u8.ToArray();

    /// <summary>
    /// Distinct connections mode's <c>complete</c>: its data field is present but empty, or an <c>EventSource</c>
    /// listener would not fire.
    /// </summary>
    public static ReadOnlyMemory<byte> Complete { get; } = "event: complete\ndata:\n\n"u8.ToArray();

    /// <summary>Distinct connections mode's <c>next</c>: the data is the execution result.</summary>
    public static ReadOnlyMemory<byte> Next(string resultJson) => Event(GraphQLSseProtocol.NextEvent, Encoding.UTF8.GetBytes(resultJson));

    /// <summary>Single connection mode's <c>next</c>: <c>{"id":"…","payload":{…}}</c>.</summary>
    public static ReadOnlyMemory<byte> Next(string operationId, string resultJson)
    {
        var data = new ArrayBufferWriter<byte>(resultJson.Length + operationId.Length + 32);
        using (var json = new Utf8JsonWriter(data))
        {
            json.WriteStartObject();
            json.WriteString("id", operationId);
            json.WritePropertyName("payload");
            json.WriteRawValue(resultJson, skipInputValidation: true);
            json.WriteEndObject();
        }

        return Event(GraphQLSseProtocol.NextEvent, data.WrittenSpan);
    }

    /// <summary>Single connection mode's <c>complete</c>: <c>{"id":"…"}</c>.</summary>
    public static ReadOnlyMemory<byte> CompleteOf(string operationId)
    {
        var data = new ArrayBufferWriter<byte>(operationId.Length + 16);
        using (var json = new Utf8JsonWriter(data))
        {
            json.WriteStartObject();
            json.WriteString("id", operationId);
            json.WriteEndObject();
        }

        return Event(GraphQLSseProtocol.CompleteEvent, data.WrittenSpan);
    }

    private static byte[] Event(string name, ReadOnlySpan<byte> data)
    {
        var message = new ArrayBufferWriter<byte>(data.Length + name.Length + 16);
        message.Write(EventPrefix);
        message.Write(Encoding.UTF8.GetBytes(name));
        message.Write("\n"u8);
        while (true)
        {
            // A raw line break would end the field; the serializer does not indent, but stay correct if it is told to.
            var end = data.IndexOfAny((byte)'\n', (byte)'\r');
            var line = end < 0 ? data : data[..end];
            message.Write(DataPrefix);
            message.Write(line);
            message.Write("\n"u8);
            if (end < 0)
            {
                break;
            }

            data = data[(end + 1)..];
            if (data.IsEmpty)
            {
                break;
            }
        }

        message.Write("\n"u8);
        return message.WrittenSpan.ToArray();
    }
}
