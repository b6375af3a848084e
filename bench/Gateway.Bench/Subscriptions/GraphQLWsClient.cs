using System.Buffers;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;

namespace Gateway.Bench.Subscriptions;

/// <summary>
/// One <c>graphql-transport-ws</c> socket (the npm <c>graphql-ws</c> library's <c>PROTOCOL.md</c>): <c>connection_init</c>,
/// waits for <c>connection_ack</c>, then <c>subscribe</c>s and hands every <c>next</c> to the caller with the time its
/// last frame arrived; answers <c>ping</c> with <c>pong</c>. An <c>error</c>, an unexpected <c>complete</c> or close is
/// written down as a problem: in a healthy run there is none.
/// </summary>
internal sealed class GraphQLWsClient : IAsyncDisposable
{
    public const string Subprotocol = "graphql-transport-ws";

    private const int MaxProblems = 20;

    private static readonly byte[] ConnectionInit = """{"type":"connection_init","payload":{}}"""u8.ToArray();

    private readonly ClientWebSocket _socket;
    private readonly string _name;
    private readonly Action<string, JsonElement, DateTimeOffset> _onNext;
    private readonly SemaphoreSlim _sendGate = new(1, 1);
    private readonly CancellationTokenSource _stop = new();
    private readonly List<string> _problems = [];
    private readonly Lock _problemGate = new();
    private Task _receiving = Task.CompletedTask;
    private volatile bool _closing;

    private GraphQLWsClient(ClientWebSocket socket, string name, Action<string, JsonElement, DateTimeOffset> onNext)
    {
        _socket = socket;
        _name = name;
        _onNext = onNext;
    }

    /// <summary>Problems seen on this socket (errors, unexpected completes, a close), at most a few.</summary>
    public IReadOnlyList<string> Problems
    {
        get
        {
            lock (_problemGate)
            {
                return [.. _problems];
            }
        }
    }

    /// <summary>
    /// Opens the socket through <paramref name="invoker"/>, initialises the connection and starts reading.
    /// <paramref name="onNext"/> receives the operation id, the <c>next</c> payload (valid during the call only) and the receipt time.
    /// </summary>
    public static async Task<GraphQLWsClient> ConnectAsync(
        Uri endpoint, HttpMessageInvoker invoker, string name, Action<string, JsonElement, DateTimeOffset> onNext, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var socket = new ClientWebSocket();
        socket.Options.AddSubProtocol(Subprotocol);
        socket.Options.KeepAliveInterval = TimeSpan.Zero; // the protocol's own ping/pong is the keep-alive
        var client = new GraphQLWsClient(socket, name, onNext);
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        try
        {
            await socket.ConnectAsync(endpoint, invoker, deadline.Token).ConfigureAwait(false);
            if (socket.SubProtocol != Subprotocol)
            {
                throw new BenchmarkFailedException($"{name}: the gateway did not accept the {Subprotocol} subprotocol at {endpoint}");
            }

            await client.SendAsync(ConnectionInit, deadline.Token).ConfigureAwait(false);
            var (ack, _) = await client.ReceiveMessageAsync(new ArrayBufferWriter<byte>(1024), deadline.Token).ConfigureAwait(false);
            var type = ack is null ? null : TypeOf(ack);
            if (type != "connection_ack")
            {
                throw new BenchmarkFailedException(
                    $"{name}: expected connection_ack, got {(ack is null ? $"a close ({socket.CloseStatus} {socket.CloseStatusDescription})" : Encoding.UTF8.GetString(ack))}");
            }

            client._receiving = client.ReceiveLoopAsync();
            return client;
        }
        catch (Exception ex) when (ex is WebSocketException or HttpRequestException or OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            await client.DisposeAsync().ConfigureAwait(false);
            throw new BenchmarkFailedException($"{name}: cannot open a {Subprotocol} connection to {endpoint}: {ex.Message}", ex);
        }
        catch
        {
            await client.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Sends <c>subscribe</c> for operation <paramref name="id"/> with <paramref name="payload"/> (a GraphQL request object).</summary>
    public Task SubscribeAsync(string id, byte[] payload, CancellationToken cancellationToken)
    {
        var buffer = new ArrayBufferWriter<byte>(payload.Length + 64);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("id", id);
            writer.WriteString("type", "subscribe");
            writer.WritePropertyName("payload");
            writer.WriteRawValue(payload, skipInputValidation: true);
            writer.WriteEndObject();
        }

        return SendAsync(buffer.WrittenMemory, cancellationToken);
    }

    /// <summary>Ends the socket with a normal close (the gateway completes every operation on it); bounded by <paramref name="timeout"/>.</summary>
    public async Task CloseAsync(TimeSpan timeout)
    {
        _closing = true;
        using var deadline = new CancellationTokenSource(timeout);
        try
        {
            if (_socket.State == WebSocketState.Open)
            {
                await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "benchmark done", deadline.Token).ConfigureAwait(false);
            }

            await _receiving.WaitAsync(deadline.Token).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or ObjectDisposedException)
        {
            // Closing anyway: dispose aborts whatever is left.
        }
    }

    public async ValueTask DisposeAsync()
    {
        _closing = true;
        await _stop.CancelAsync().ConfigureAwait(false);
        _socket.Abort();
        try
        {
            await _receiving.ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or ObjectDisposedException)
        {
            // Aborted on purpose.
        }

        _socket.Dispose();
        _sendGate.Dispose();
        _stop.Dispose();
    }

    private static string? TypeOf(ReadOnlySpan<byte> message)
    {
        var reader = new Utf8JsonReader(message);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            return null;
        }

        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("type"u8))
            {
                reader.Read();
                return reader.GetString();
            }

            reader.Skip();
        }

        return null;
    }

    private async Task SendAsync(ReadOnlyMemory<byte> message, CancellationToken cancellationToken)
    {
        await _sendGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await _socket.SendAsync(message, WebSocketMessageType.Text, endOfMessage: true, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _sendGate.Release();
        }
    }

    /// <summary>One whole message and the time its last frame arrived; null message when the server closed.</summary>
    private async Task<(byte[]? Message, DateTimeOffset ReceivedAt)> ReceiveMessageAsync(ArrayBufferWriter<byte> buffer, CancellationToken cancellationToken)
    {
        buffer.ResetWrittenCount();
        while (true)
        {
            var result = await _socket.ReceiveAsync(buffer.GetMemory(4096), cancellationToken).ConfigureAwait(false);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return (null, DateTimeOffset.UtcNow);
            }

            buffer.Advance(result.Count);
            if (result.EndOfMessage)
            {
                return (buffer.WrittenSpan.ToArray(), DateTimeOffset.UtcNow);
            }
        }
    }

    private async Task ReceiveLoopAsync()
    {
        var buffer = new ArrayBufferWriter<byte>(8192);
        try
        {
            while (!_stop.IsCancellationRequested)
            {
                var (message, receivedAt) = await ReceiveMessageAsync(buffer, _stop.Token).ConfigureAwait(false);
                if (message is null)
                {
                    if (!_closing)
                    {
                        Problem($"closed by the gateway: {_socket.CloseStatus} {_socket.CloseStatusDescription}");
                    }

                    return;
                }

                try
                {
                    await HandleAsync(message, receivedAt).ConfigureAwait(false);
                }
                catch (JsonException ex)
                {
                    Problem($"a message that is not JSON: {ex.Message}");
                }
            }
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or ObjectDisposedException)
        {
            if (!_closing)
            {
                Problem($"connection lost: {ex.Message}");
            }
        }
    }

    private async Task HandleAsync(byte[] message, DateTimeOffset receivedAt)
    {
        using var document = JsonDocument.Parse(message);
        var root = document.RootElement;
        var type = root.TryGetProperty("type", out var typeElement) ? typeElement.GetString() : null;
        var id = root.TryGetProperty("id", out var idElement) ? idElement.GetString() : null;
        switch (type)
        {
            case "next" when id is not null && root.TryGetProperty("payload", out var payload):
                _onNext(id, payload, receivedAt);
                break;
            case "ping":
                await SendAsync("""{"type":"pong"}"""u8.ToArray(), _stop.Token).ConfigureAwait(false);
                break;
            case "pong":
                break;
            case "error":
                Problem($"error for operation {id}: {Shorten(root.TryGetProperty("payload", out var errors) ? errors.GetRawText() : "(no payload)")}");
                break;
            case "complete":
                Problem($"operation {id} completed by the gateway");
                break;
            default:
                Problem($"unexpected message: {Shorten(Encoding.UTF8.GetString(message))}");
                break;
        }
    }

    private void Problem(string problem)
    {
        lock (_problemGate)
        {
            if (_problems.Count < MaxProblems)
            {
                _problems.Add($"{_name}: {problem}");
            }
        }
    }

    private static string Shorten(string text) => text.Length > 200 ? text[..200] + "…" : text;
}
