using System.Text.Json;

namespace Gateway.Transport.Tests.Infrastructure;

/// <summary>
/// Runs <c>tests/conformance/graphql-ws-client.mjs</c> (the npm <c>graphql-ws</c> client) with one scenario and reads
/// the JSON lines it prints as they arrive, so a test can act between them. Needs <c>node</c> and <c>npm</c> on the PATH.
/// </summary>
public sealed class WebSocketNodeClient : IAsyncDisposable
{
    private static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(20);

    private readonly NodeScriptProcess _script;

    private WebSocketNodeClient(NodeScriptProcess script) => _script = script;

    /// <summary>Every line read so far.</summary>
    public IReadOnlyList<JsonElement> Received => _script.Received;

    /// <summary>Starts the client against <paramref name="endpoint"/> with <paramref name="scenario"/> (serialized to JSON on stdin).</summary>
    public static async Task<WebSocketNodeClient> StartAsync(Uri endpoint, object scenario)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        var script = await NodeScriptProcess.StartAsync("graphql-ws-client.mjs", [endpoint.AbsoluteUri], JsonSerializer.Serialize(scenario));
        return new WebSocketNodeClient(script);
    }

    /// <summary>Waits for the next line (after those already taken by earlier waits) that matches <paramref name="predicate"/>.</summary>
    public Task<JsonElement> WaitForAsync(Func<JsonElement, bool> predicate, TimeSpan? timeout = null)
        => _script.NextAsync(predicate, timeout ?? DefaultTimeout);

    /// <summary>Waits for a line with <c>type</c> = <paramref name="type"/> (and <c>operation</c> = <paramref name="operation"/> when given).</summary>
    public Task<JsonElement> WaitForAsync(string type, string? operation = null, TimeSpan? timeout = null)
        => WaitForAsync(
            line => line.GetProperty("type").GetString() == type
                && (operation is null || (line.TryGetProperty("operation", out var name) && name.GetString() == operation)),
            timeout);

    /// <summary>Waits for the <c>done</c> line and a clean exit; returns every line.</summary>
    public async Task<IReadOnlyList<JsonElement>> WaitForDoneAsync(TimeSpan? timeout = null)
    {
        await WaitForAsync("done", timeout: timeout);
        await _script.ReadToEndAsync(timeout ?? DefaultTimeout);
        Assert.True(_script.ExitCode == 0, $"graphql-ws-client.mjs exited with {_script.ExitCode}: {_script.Describe()}");
        return Received;
    }

    public ValueTask DisposeAsync() => _script.DisposeAsync();
}
