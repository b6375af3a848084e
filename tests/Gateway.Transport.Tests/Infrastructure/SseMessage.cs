using System.Text.Json;

namespace Gateway.Transport.Tests.Infrastructure;

/// <summary>One message of an event stream: an event with its data, or a comment (a keep-alive) when <see cref="Event"/> is null.</summary>
public sealed record SseMessage(string? Event, string Data)
{
    public bool IsComment => Event is null;

    public JsonElement Json()
    {
        using var document = JsonDocument.Parse(Data);
        return document.RootElement.Clone();
    }
}
