using Gateway.Tests.Infrastructure;
using Gateway.Tests.Upstream;

namespace Gateway.Tests.EndToEnd;

/// <summary>The default configuration logs what an operator needs, not a line per cache operation.</summary>
public sealed class DefaultLoggingTests : IAsyncLifetime
{
    private const int Queries = 200;

    // Start-up and the first upstream token take a handful of lines; a line per query (or per cache call) is far more.
    private const int MostLines = 40;

    private readonly CapturingLoggerProvider _logs = new();
    private readonly GatewayFactory _gateway;

    public DefaultLoggingTests() => _gateway = new GatewayFactory { LogCapture = _logs };

    public Task InitializeAsync() => _gateway.InitializeAsync();

    public Task DisposeAsync() => ((IAsyncLifetime)_gateway).DisposeAsync();

    [Fact]
    public async Task BurstOfQueries_DefaultLogLevels_WritesABoundedNumberOfLines()
    {
        // Arrange
        using var client = _gateway.CreateClient();
        var session = _gateway.Simulator.Data.SessionIds[0];
        const string query = "query($id: ID!) { session(id: $id) { id externalContact { lastName } lastConnectedUser { name } conversation { participants { id } } } }";

        // Act
        for (var i = 0; i < Queries; i++)
        {
            var response = await client.PostGraphQLAsync(query, new { id = session });
            Assert.False(response.HasErrors, response.Body.ToString());
        }

        // Assert
        Assert.True(_logs.Lines.Count <= MostLines, $"{_logs.Lines.Count} lines for {Queries} queries, e.g.:{Environment.NewLine}{string.Join(Environment.NewLine, _logs.Lines.Take(5))}");
    }
}
