using Gateway.Transport.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Gateway.Transport.Tests.Conformance;

/// <summary>The graphql-http server audits, run by Node.js against the transport on a real Kestrel socket.</summary>
public sealed class GraphQLHttpConformanceTests(ITestOutputHelper output)
{

    [Fact]
    public async Task GraphQLHttpServerAudits_DefaultOptions_PassEveryMustAndAllowedShoulds()
    {
        // Arrange
        await using var host = await TransportTestHost.StartAsync(useKestrel: true);

        // Act
        var results = await GraphQLHttpAudit.RunAsync(host.GraphQLEndpoint);

        // Assert
        Report(results);
        Assert.Empty(GraphQLHttpAudit.FindViolations(results, GraphQLHttpAudit.AllowedShouldFailures));
    }

    [Fact]
    public async Task GraphQLHttpServerAudits_LegacyJsonDefault_PassEveryMustAndShould()
    {
        // Arrange: the allow-listed deviations come from the default media type alone.
        await using var host = await TransportTestHost.StartAsync(
            useKestrel: true,
            settings: new Dictionary<string, string?> { ["GraphQL:Http:DefaultResponseMediaType"] = "application/json" });

        // Act
        var results = await GraphQLHttpAudit.RunAsync(host.GraphQLEndpoint);

        // Assert
        Report(results);
        Assert.Empty(GraphQLHttpAudit.FindViolations(results, new Dictionary<string, string>()));
    }

    private void Report(IEnumerable<GraphQLHttpAudit.AuditResult> results)
    {
        foreach (var result in results)
        {
            output.WriteLine(result.ToString());
        }
    }
}
