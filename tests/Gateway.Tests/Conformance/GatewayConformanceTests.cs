using Gateway.Tests.Infrastructure;
using Gateway.Transport.Tests.Conformance;
using Xunit.Abstractions;

namespace Gateway.Tests.Conformance;

/// <summary>The graphql-http server audits, run by Node.js against the whole gateway on a real socket.</summary>
public sealed class GatewayConformanceTests(ITestOutputHelper output) : IAsyncLifetime
{
    private readonly GatewayFactory _gateway = new() { UseRealSocket = true };

    public Task InitializeAsync() => _gateway.InitializeAsync();

    public Task DisposeAsync() => ((IAsyncLifetime)_gateway).DisposeAsync();

    [Fact]
    public async Task GraphQLHttpServerAudits_Gateway_PassEveryMustAndAllowedShoulds()
    {
        // Arrange: a real socket, on loopback only.
        Assert.Equal("127.0.0.1", _gateway.GraphQLEndpoint.Host);

        // Act
        var results = await GraphQLHttpAudit.RunAsync(_gateway.GraphQLEndpoint);

        // Assert
        foreach (var result in results)
        {
            output.WriteLine(result.ToString());
        }

        Assert.Contains(results, r => r.IsMust);
        Assert.Empty(GraphQLHttpAudit.FindViolations(results, GraphQLHttpAudit.AllowedShouldFailures));
    }
}
