using System.Net;
using System.Text.Json;
using Gateway.Tests.Infrastructure;
using Gateway.Transport.PersistedOperations;

namespace Gateway.Tests.PersistedOperations;

/// <summary><c>GraphQL:PersistedOperations:Mode=TrustedOnly</c>: only a manifest's operations run; bad configuration stops the start.</summary>
public sealed class TrustedDocumentsTests : IDisposable
{
    private const string ManifestQuery = "query TrustedUser($id: ID!) { user(id: $id) { id name } }";
    private readonly string _directory = Directory.CreateTempSubdirectory("gateway-manifest-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public async Task ApolloManifest_OperationRunsByDocumentIdAndByHash_FreeTextIsRefused()
    {
        // Arrange: Apollo's generator names each operation by the SHA-256 of its body.
        var hash = PersistedQueryClient.Hash(ManifestQuery);
        var manifest = WriteManifest(new
        {
            format = "apollo-persisted-query-manifest",
            version = 1,
            operations = new[] { new { id = hash, body = ManifestQuery, name = "TrustedUser", type = "query" } },
        });
        await using var gateway = await StartAsync(manifest);
        using var client = gateway.CreateClient();
        var user = gateway.Simulator.Data.UserIds[0];

        // Act
        var byDocumentId = await client.PostBodyAsync(new { documentId = "sha256:" + hash, variables = new { id = user } });
        var byHash = await client.GetHashAsync(hash, new { id = user });
        var freeText = await client.PostGraphQLAsync(ManifestQuery, new { id = user });
        const string untrusted = "{ __typename }";
        var untrustedRegistration = await client.PostHashAsync(PersistedQueryClient.Hash(untrusted), query: untrusted);

        // Assert
        Assert.Equal(user, byDocumentId.Data.GetProperty("user").GetProperty("id").GetString());
        Assert.Equal(user, byHash.Data.GetProperty("user").GetProperty("id").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, freeText.Status);
        Assert.Equal([PersistedQueryRequiredError.ErrorCode], freeText.ErrorCodes);
        Assert.Equal(HttpStatusCode.BadRequest, untrustedRegistration.Status);
        Assert.Equal([PersistedDocumentNotFoundError.ErrorCode], untrustedRegistration.ErrorCodes);
    }

    [Fact]
    public async Task MapManifest_WithItsOwnIds_RunsByIdAndByTheBodysHash_UnknownIdIsNotFound()
    {
        var manifest = WriteManifest(new Dictionary<string, string> { ["user-by-id-v1"] = ManifestQuery });
        await using var gateway = await StartAsync(manifest);
        using var client = gateway.CreateClient();
        var user = gateway.Simulator.Data.UserIds[1];

        var byId = await client.PostBodyAsync(new { documentId = "user-by-id-v1", variables = new { id = user } });
        var byHash = await client.PostHashAsync(PersistedQueryClient.Hash(ManifestQuery), new { id = user });
        var unknown = await client.PostBodyAsync(new { documentId = "user-by-id-v2", variables = new { id = user } });

        Assert.Equal(user, byId.Data.GetProperty("user").GetProperty("id").GetString());
        Assert.Equal(user, byHash.Data.GetProperty("user").GetProperty("id").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, unknown.Status);
        Assert.Equal([PersistedDocumentNotFoundError.ErrorCode], unknown.ErrorCodes);
    }

    [Fact]
    public async Task TrustedOnly_WithoutManifestPath_FailsAtStart()
    {
        var error = await Assert.ThrowsAnyAsync<Exception>(() => StartAsync(manifestPath: null));

        Assert.Contains("ManifestPath", error.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("""{ "format": "apollo-persisted-query-manifest", "version": 1, "operations": [{ "id": "x" }] }""")]
    [InlineData("""{ "0000000000000000000000000000000000000000000000000000000000000000": "{ __typename }" }""")]
    public async Task TrustedOnly_UnreadableOrInconsistentManifest_FailsAtStart(string content)
    {
        var path = Path.Combine(_directory, "bad.json");
        await File.WriteAllTextAsync(path, content);

        var error = await Assert.ThrowsAnyAsync<Exception>(() => StartAsync(path));

        Assert.Contains("persisted operation manifest", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TrustedOnly_MissingManifestFile_FailsAtStart()
    {
        var error = await Assert.ThrowsAnyAsync<Exception>(() => StartAsync(Path.Combine(_directory, "missing.json")));

        Assert.Contains("cannot be read", error.ToString(), StringComparison.Ordinal);
    }

    private string WriteManifest(object content)
    {
        var path = Path.Combine(_directory, "manifest.json");
        File.WriteAllText(path, JsonSerializer.Serialize(content));
        return path;
    }

    private static async Task<GatewayFactory> StartAsync(string? manifestPath)
    {
        var gateway = new GatewayFactory()
            .With("GraphQL:PersistedOperations:Mode", nameof(PersistedOperationMode.TrustedOnly))
            .With("GraphQL:PersistedOperations:ManifestPath", manifestPath);
        try
        {
            await gateway.InitializeAsync();
            return gateway;
        }
        catch
        {
            await gateway.DisposeAsync();
            throw;
        }
    }
}
