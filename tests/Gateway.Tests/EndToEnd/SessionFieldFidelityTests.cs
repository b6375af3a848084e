using System.Text.Json;
using System.Text.Json.Nodes;
using Gateway.Tests.Infrastructure;
using GenesysCloud.Models;

namespace Gateway.Tests.EndToEnd;

/// <summary>Every field of the seed Session model comes back with the upstream's value and JSON type.</summary>
public sealed class SessionFieldFidelityTests(GatewayFactory gateway) : IClassFixture<GatewayFactory>
{
    public static TheoryData<string> SessionKinds => ["web", "app"];

    [Theory]
    [MemberData(nameof(SessionKinds))]
    public async Task SessionById_FullestSessionOfType_EverySeedFieldMatchesUpstream(string sessionType)
    {
        // Arrange: the session of this type with the most fields populated upstream.
        var data = gateway.Simulator.Data;
        var organization = data.DefaultOrganizationId;
        var expected = data.Sessions(organization)
            .Where(s => s.Type == sessionType)
            .Select(s => JsonSerializer.SerializeToNode(s, GenesysJsonContext.Default.Session)!)
            .OrderByDescending(CountValues)
            .First();
        using var client = gateway.CreateClient();

        // Act
        var response = await client.PostGraphQLAsync(SessionQueries.SessionById, new { id = (string)expected["id"]! });

        // Assert
        Assert.False(response.HasErrors, response.Body.ToString());
        Assert.Empty(SeedFieldComparer.Differences(expected, response.Data.GetProperty("session")));
    }

    [Fact]
    public async Task SessionById_EveryOptionalFieldAbsentUpstream_ComesBackNull()
    {
        // Arrange: the sparsest session still answers every selected field, with null where upstream sent nothing.
        var data = gateway.Simulator.Data;
        var sparse = data.Sessions(data.DefaultOrganizationId)
            .Select(s => JsonSerializer.SerializeToNode(s, GenesysJsonContext.Default.Session)!)
            .OrderBy(CountValues)
            .First();
        using var client = gateway.CreateClient();

        // Act
        var response = await client.PostGraphQLAsync(SessionQueries.SessionById, new { id = (string)sparse["id"]! });

        // Assert
        Assert.False(response.HasErrors, response.Body.ToString());
        var session = response.Data.GetProperty("session");
        Assert.Empty(SeedFieldComparer.Differences(sparse, session));
        foreach (var property in session.EnumerateObject().Where(p => !sparse.AsObject().ContainsKey(p.Name) && !p.Name.EndsWith("Raw", StringComparison.Ordinal)))
        {
            Assert.True(property.Value.ValueKind == JsonValueKind.Null, $"{property.Name} should be null, was {property.Value}");
        }
    }

    [Fact]
    public async Task SessionById_UnknownEnumValueUpstream_MapsToOutdatedSdkVersionAndKeepsRaw()
    {
        // Arrange: the simulator seeds a few sessions with a direction the SDK enum does not know.
        var data = gateway.Simulator.Data;
        var known = new HashSet<string>(["Inbound", "Outbound", "Unknown", "OutdatedSdkVersion"]);
        var odd = data.Sessions(data.DefaultOrganizationId).First(s => s.OriginatingDirection is { } d && !known.Contains(d));
        using var client = gateway.CreateClient();

        // Act
        var response = await client.PostGraphQLAsync(
            "query($id: ID!) { session(id: $id) { originatingDirection originatingDirectionRaw } }", new { id = odd.Id });

        // Assert
        Assert.False(response.HasErrors, response.Body.ToString());
        var session = response.Data.GetProperty("session");
        Assert.Equal("OUTDATED_SDK_VERSION", session.GetProperty("originatingDirection").GetString());
        Assert.Equal(odd.OriginatingDirection, session.GetProperty("originatingDirectionRaw").GetString());
    }

    private static int CountValues(JsonNode? node) => node switch
    {
        JsonObject obj => obj.Sum(p => 1 + CountValues(p.Value)),
        JsonArray array => array.Sum(CountValues),
        _ => 0,
    };
}
