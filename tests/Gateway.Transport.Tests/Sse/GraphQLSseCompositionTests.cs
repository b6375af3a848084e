using Gateway.Transport.Tests.Conformance;
using Gateway.Transport.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Gateway.Transport.Tests.Sse;

/// <summary>With the SSE middleware in front, plain GraphQL over HTTP is exactly what it was.</summary>
public sealed class GraphQLSseCompositionTests(ITestOutputHelper output)
{
    [Fact]
    public async Task GraphQLHttpServerAudits_SseInFrontOfHttp_PassEveryMustAndAllowedShoulds()
    {
        // Arrange
        await using var host = await SseTestHost.StartAsync();

        // Act
        var results = await GraphQLHttpAudit.RunAsync(host.GraphQLEndpoint);

        // Assert
        foreach (var result in results)
        {
            output.WriteLine(result.ToString());
        }

        Assert.Empty(GraphQLHttpAudit.FindViolations(results, GraphQLHttpAudit.AllowedShouldFailures));
    }
}
