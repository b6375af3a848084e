using Gateway.Transport.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Gateway.Transport.Tests.Conformance;

/// <summary>The graphql-http server audits, run by Node.js against the transport on a real Kestrel socket.</summary>
public sealed class GraphQLHttpConformanceTests(ITestOutputHelper output)
{
    /// <summary>SHOULD audits the default configuration knowingly fails, by graphql-http audit id, with the reason.</summary>
    public static readonly IReadOnlyDictionary<string, string> AllowedShouldFailures = new Dictionary<string, string>
    {
        ["47DE"] = "SHOULD accept */* and use application/json: a client that accepts anything gets "
            + "application/graphql-response+json, the spec's preferred media type since its 2025-01-01 watershed "
            + "(its status codes tell request errors from executed operations); graphql-http 1.23.1 still audits the "
            + "pre-watershed default. GraphQL:Http:DefaultResponseMediaType=application/json restores it.",
        ["80D8"] = "SHOULD assume application/json when Accept is missing: since the spec's 2025-01-01 watershed a "
            + "request without Accept SHOULD be treated as accepting application/graphql-response+json, which we do; "
            + "graphql-http 1.23.1 still audits the pre-watershed rule. "
            + "GraphQL:Http:DefaultResponseMediaType=application/json restores it.",
    };

    [Fact]
    public async Task GraphQLHttpServerAudits_DefaultOptions_PassEveryMustAndAllowedShoulds()
    {
        // Arrange
        await using var host = await TransportTestHost.StartAsync(useKestrel: true);

        // Act
        var results = await GraphQLHttpAudit.RunAsync(host.GraphQLEndpoint);

        // Assert
        Report(results);
        Assert.Empty(GraphQLHttpAudit.FindViolations(results, AllowedShouldFailures));
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
