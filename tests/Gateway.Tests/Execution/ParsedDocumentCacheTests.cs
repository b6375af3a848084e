using System.Net;
using Gateway.Execution;
using Gateway.Tests.Infrastructure;
using GraphQL.DI;
using Microsoft.Extensions.DependencyInjection;

namespace Gateway.Tests.Execution;

/// <summary>A query text is parsed once and its document reused; everything else about the answer stays the same.</summary>
public sealed class ParsedDocumentCacheTests(GatewayFactory gateway) : IClassFixture<GatewayFactory>
{
    private ParsedDocumentCache Cache => gateway.Services.GetServices<IConfigureExecution>().OfType<ParsedDocumentCache>().Single();

    [Fact]
    public async Task SameQueryTwice_DifferentVariables_ParsedOnceAnsweredEachTime()
    {
        // Arrange
        using var client = gateway.CreateClient();
        var query = $"query Cached{Guid.NewGuid():N}($id: ID!) {{ user(id: $id) {{ id name }} }}";
        var users = gateway.Simulator.Data.UserIds;
        var before = Cache.DocumentsParsed;

        // Act
        var first = await client.PostGraphQLAsync(query, new { id = users[0] });
        var second = await client.PostGraphQLAsync(query, new { id = users[1] });

        // Assert
        Assert.Equal(users[0], first.Data.GetProperty("user").GetProperty("id").GetString());
        Assert.Equal(users[1], second.Data.GetProperty("user").GetProperty("id").GetString());
        Assert.Equal(before + 1, Cache.DocumentsParsed);
    }

    [Fact]
    public async Task InvalidDocumentTwice_RefusedBothTimes()
    {
        // Arrange: parsed and kept, but never validated, so never let through unvalidated.
        using var client = gateway.CreateClient();
        var query = $"query Invalid{Guid.NewGuid():N} {{ user(id: \"x\") {{ noSuchField }} }}";

        // Act
        var first = await client.PostGraphQLAsync(query);
        var second = await client.PostGraphQLAsync(query);

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, first.Status);
        Assert.Equal(HttpStatusCode.BadRequest, second.Status);
        Assert.Equal(first.ErrorCodes, second.ErrorCodes);
        Assert.NotEmpty(second.ErrorCodes);
    }

    [Fact]
    public async Task ValidatedDocument_BadVariablesLater_StillRefused()
    {
        // Arrange: the document's validation is skipped from its second request on; its variables are still coerced.
        using var client = gateway.CreateClient();
        var query = $"query Validated{Guid.NewGuid():N}($ids: [ID!]!) {{ users(ids: $ids) {{ id }} }}";
        var valid = await client.PostGraphQLAsync(query, new { ids = new[] { gateway.Simulator.Data.UserIds[0] } });
        Assert.False(valid.HasErrors, valid.Body.ToString());

        // Act
        var refused = await client.PostGraphQLAsync(query, new { ids = new object?[] { null } });

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, refused.Status);
        Assert.Equal(["INVALID_VALUE"], refused.ErrorCodes);
    }

    [Fact]
    public async Task SyntaxError_NotCached_StillAnsweredAsRequestError()
    {
        // Arrange
        using var client = gateway.CreateClient();
        var before = Cache.DocumentsParsed;

        // Act
        var response = await client.PostGraphQLAsync("{ user(id: ");

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal(["SYNTAX_ERROR"], response.ErrorCodes);
        Assert.Equal(before, Cache.DocumentsParsed);
    }

    [Fact]
    public async Task DocumentNestedBeyondParserLimit_RequestError400()
    {
        // Arrange
        using var client = gateway.CreateClient();
        var query = string.Concat(Enumerable.Repeat("{ __typename ", 300)) + string.Concat(Enumerable.Repeat("}", 300));

        // Act
        var response = await client.PostGraphQLAsync(query);

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.False(response.Body.TryGetProperty("data", out _));
    }

    [Fact]
    public async Task CachedDocument_ValidationStillRunsPerRequest()
    {
        // Arrange: a document that parses and is cached, then sent with a variable of the wrong type.
        using var client = gateway.CreateClient();
        var query = $"query Typed{Guid.NewGuid():N}($first: Int) {{ sessionsByExternalContact(externalContactId: \"x\", first: $first) {{ nodes {{ id }} }} }}";
        await client.PostGraphQLAsync(query, new { first = 1 });

        // Act
        var response = await client.PostGraphQLAsync(query, new { first = "many" });

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal(["INVALID_VALUE"], response.ErrorCodes);
    }
}
