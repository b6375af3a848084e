using System.Globalization;
using System.Text.Json;
using Gateway.Transport.Tests.Infrastructure;

namespace Gateway.Transport.Tests.Sse;

/// <summary>
/// Runs <c>tests/conformance/graphql-sse-client.mjs</c>: the real npm <c>graphql-sse</c> client in Node, in distinct or
/// single connection mode, printing what it receives as JSON lines that this class hands over one by one, as they come
/// (so a test can publish once the client is subscribed and time the delivery). Needs <c>node</c> 18+ and <c>npm</c>.
/// </summary>
public sealed class GraphQLSseNodeClient : IAsyncDisposable
{
    private readonly NodeScriptProcess _script;

    private GraphQLSseNodeClient(NodeScriptProcess script) => _script = script;

    /// <summary>What the script wrote to stderr so far (for failure messages).</summary>
    public string Stderr => _script.Stderr;

    /// <summary>Starts the client on <paramref name="endpoint"/>.</summary>
    /// <param name="endpoint">The GraphQL endpoint, e.g. <c>http://127.0.0.1:5123/graphql</c>.</param>
    /// <param name="singleConnection">Single connection mode (a reservation) rather than a stream per operation.</param>
    /// <param name="requests">One request object, or several run at once.</param>
    /// <param name="take">Unsubscribe after this many results; null: until the server completes.</param>
    public static async Task<GraphQLSseNodeClient> StartAsync(Uri endpoint, bool singleConnection, object requests, int? take = null)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        List<string> arguments = [endpoint.AbsoluteUri, singleConnection ? "single" : "distinct", JsonSerializer.Serialize(requests)];
        if (take is not null)
        {
            arguments.Add(take.Value.ToString(CultureInfo.InvariantCulture));
        }

        return new GraphQLSseNodeClient(await NodeScriptProcess.StartAsync("graphql-sse-client.mjs", arguments));
    }

    /// <summary>The next line the client printed; fails when none comes within <paramref name="timeout"/>.</summary>
    public Task<JsonElement> ReadAsync(TimeSpan? timeout = null) => _script.NextAsync(static _ => true, timeout ?? TimeSpan.FromSeconds(15));

    /// <summary>Reads lines until the client is done; returns every line not read yet and the exit code.</summary>
    public async Task<(IReadOnlyList<JsonElement> Lines, int ExitCode)> ReadToEndAsync(TimeSpan? timeout = null)
    {
        var lines = await _script.ReadToEndAsync(timeout ?? TimeSpan.FromSeconds(30));
        return (lines, _script.ExitCode);
    }

    public ValueTask DisposeAsync() => _script.DisposeAsync();
}
