using System.Text;

namespace Gateway.Transport.Tests.Infrastructure;

/// <summary>Reads an event stream (HTML Living Standard §9.2) message by message, as a test asserts on it.</summary>
public sealed class SseEventReader : IAsyncDisposable
{
    private readonly StreamReader _reader;

    public SseEventReader(Stream body)
    {
        _reader = new StreamReader(body, Encoding.UTF8);
    }

    /// <summary>The next message, or null when the stream ended; throws when the connection broke.</summary>
    public async Task<SseMessage?> ReadAsync(TimeSpan? timeout = null)
    {
        using var cancellation = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(10));
        string? eventName = null;
        StringBuilder? data = null;
        var comment = false;
        while (true)
        {
            var line = await _reader.ReadLineAsync(cancellation.Token);
            if (line is null)
            {
                return null;
            }

            if (line.Length == 0)
            {
                if (eventName is not null || data is not null)
                {
                    return new SseMessage(eventName ?? "message", data?.ToString() ?? "");
                }

                if (comment)
                {
                    return new SseMessage(null, "");
                }

                continue;
            }

            if (line[0] == ':')
            {
                comment = true;
                continue;
            }

            var colon = line.IndexOf(':', StringComparison.Ordinal);
            var field = colon < 0 ? line : line[..colon];
            var value = colon < 0 ? "" : line[(colon + 1)..];
            if (value.StartsWith(' '))
            {
                value = value[1..];
            }

            switch (field)
            {
                case "event":
                    eventName = value;
                    break;
                case "data":
                    data = data is null ? new StringBuilder(value) : data.Append('\n').Append(value);
                    break;
            }
        }
    }

    /// <summary>The next message that is not a comment, or null when the stream ended.</summary>
    public async Task<SseMessage?> ReadEventAsync(TimeSpan? timeout = null)
    {
        while (true)
        {
            var message = await ReadAsync(timeout);
            if (message is null || !message.IsComment)
            {
                return message;
            }
        }
    }

    public ValueTask DisposeAsync()
    {
        _reader.Dispose();
        return ValueTask.CompletedTask;
    }
}
