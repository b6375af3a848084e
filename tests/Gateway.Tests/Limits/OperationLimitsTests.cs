using System.Net;
using System.Text.Json;
using Gateway.Tests.Infrastructure;

namespace Gateway.Tests.Limits;

/// <summary>
/// Each class of hostile document is refused over HTTP with its status and stable code, under the default limits, and
/// the server answers the README's first query right after.
/// </summary>
public sealed class OperationLimitsTests(GatewayFactory gateway) : IClassFixture<GatewayFactory>
{
    public static TheoryData<string, string, HttpStatusCode, string> Hostile => new()
    {
        { "deep", Body(HostileDocuments.Deep(5)), HttpStatusCode.BadRequest, "MAX_DEPTH_EXCEEDED" },
        { "wide", Body(HostileDocuments.Wide(1_200)), HttpStatusCode.BadRequest, "MAX_FIELDS_EXCEEDED" },
        { "many root fields", Body(HostileDocuments.ManyRootFields(21)), HttpStatusCode.BadRequest, "MAX_ROOT_FIELDS_EXCEEDED" },
        { "aliased", Body("{ session(id: \"x\") { " + string.Concat(Enumerable.Range(0, 51).Select(i => $"a{i}: id ")) + "} }"), HttpStatusCode.BadRequest, "MAX_ALIASES_EXCEEDED" },
        { "huge (900 KB of aliases)", Body(HostileDocuments.Huge(900_000)), HttpStatusCode.BadRequest, "MAX_DOCUMENT_SIZE_EXCEEDED" },
        { "many tokens", Body(HostileDocuments.ManyTokens(6_000)), HttpStatusCode.BadRequest, "MAX_TOKENS_EXCEEDED" },
        { "cyclic fragments", Body(HostileDocuments.CyclicFragments), HttpStatusCode.BadRequest, "NO_FRAGMENT_CYCLES" },
        { "exponential fragments", Body(HostileDocuments.ExponentialFragments(40)), HttpStatusCode.BadRequest, "MAX_FRAGMENT_EXPANSION_EXCEEDED" },
        { "directive-stuffed", Body(HostileDocuments.DirectiveStuffed(50)), HttpStatusCode.BadRequest, "MAX_DIRECTIVES_EXCEEDED" },
        { "introspection fan-out", Body(HostileDocuments.IntrospectionFanOut(10)), HttpStatusCode.BadRequest, "MAX_INTROSPECTION_EXCEEDED" },
        { "nested ofType", Body(HostileDocuments.DeepOfType(13)), HttpStatusCode.BadRequest, "MAX_INTROSPECTION_EXCEEDED" },
        { "expensive", Body(HostileDocuments.Expensive(2)), HttpStatusCode.BadRequest, "MAX_COST_EXCEEDED" },
        { "oversized batch", "[" + string.Join(",", Enumerable.Repeat(Body("{ __typename }"), 100)) + "]", HttpStatusCode.BadRequest, "BATCHED_REQUESTS_NOT_SUPPORTED" },
        { "malformed JSON", "{\"query\": \"{ __typename }\"", HttpStatusCode.BadRequest, "JSON_INVALID" },
        { "wrong variable type", JsonSerializer.Serialize(new { query = "query($first: Int) { sessionsByExternalContact(externalContactId: \"x\", first: $first) { nodes { id } } }", variables = new { first = "many" } }), HttpStatusCode.BadRequest, "INVALID_VALUE" },
        { "body over the transport's limit", Body(HostileDocuments.Huge(1_100_000)), HttpStatusCode.RequestEntityTooLarge, "PAYLOAD_TOO_LARGE" },
    };

    [Theory]
    [MemberData(nameof(Hostile))]
    public async Task HostileDocument_DefaultLimits_RefusedWithStatusAndCodeThenNormalQueryAnswered(string name, string body, HttpStatusCode status, string code)
    {
        // Arrange
        using var client = gateway.CreateClient();

        // Act
        var response = await client.PostRawAsync(body);

        // Assert
        Assert.True(status == response.Status, $"{name}: {response.Status} {response.Body}");
        Assert.Equal([code], response.ErrorCodes);
        Assert.False(response.Body.TryGetProperty("data", out _), name);
        await client.AssertFirstQueryAnsweredAsync(ContactWithSessions());
    }

    [Fact]
    public async Task FrontEndQueries_DefaultLimits_AllAnswered()
    {
        // Arrange
        using var client = gateway.CreateClient();
        var sessionId = gateway.Simulator.Data.SessionIds[0];

        // Act
        var session = await client.PostGraphQLAsync(Gateway.Tests.EndToEnd.SessionQueries.SessionById, new { id = sessionId });

        // Assert
        Assert.False(session.HasErrors, session.Body.ToString());
        await client.AssertFirstQueryAnsweredAsync(ContactWithSessions());
    }

    [Fact]
    public async Task FirstQuery_CostAskedForInExtensions_CostAndCeilingAnswered()
    {
        // Arrange
        using var client = gateway.CreateClient();

        // Act
        var response = await client.PostWithExtensionsAsync(HostileDocuments.FirstQuery, new { contact = ContactWithSessions() }, new { cost = true });

        // Assert: 10 for the page, 1 for pageInfo, 5 sessions at 1 + 1 (lastPage) + 3 × 10 (contact, user, queue)
        // + 10 × (1 + 10) (segment assignments, each segment) + 10 + 10 × (1 + 10 × 1) (conversation, co-browse sessions, segments).
        Assert.False(response.HasErrors, response.Body.ToString());
        var cost = response.Body.GetProperty("extensions").GetProperty("cost");
        Assert.Equal(11 + (5 * (1 + 1 + 30 + 110 + 10 + 110)), cost.GetProperty("estimated").GetDouble());
        Assert.Equal(100_000, cost.GetProperty("maximum").GetDouble());
    }

    [Fact]
    public async Task FirstQuery_CostNotAskedFor_NoCostExtension()
    {
        // Arrange
        using var client = gateway.CreateClient();

        // Act
        var response = await client.PostGraphQLAsync(HostileDocuments.FirstQuery, new { contact = ContactWithSessions() });

        // Assert
        Assert.False(response.Body.TryGetProperty("extensions", out var extensions) && extensions.TryGetProperty("cost", out _));
    }

    [Fact]
    public async Task CostOfIdsList_SizedByTheListsLength_RefusedPastTheCeiling()
    {
        // Arrange: 10 per user asked for, the list's length from the variable.
        using var client = gateway.CreateClient();
        var ids = Enumerable.Range(0, 100).Select(i => $"u{i}").ToArray();
        const string query = "query($ids: [ID!]!) { a: users(ids: $ids) { id } b: users(ids: $ids) { id } }";

        // Act
        var answered = await client.PostWithExtensionsAsync(query, new { ids }, new { cost = true });

        // Assert
        Assert.Equal(2 * 100 * 10, answered.Body.GetProperty("extensions").GetProperty("cost").GetProperty("estimated").GetDouble());
    }

    [Fact]
    public async Task ExpensiveQuery_Refused_ErrorSaysLimitAndCost()
    {
        // Arrange
        using var client = gateway.CreateClient();

        // Act
        var response = await client.PostGraphQLAsync(HostileDocuments.Expensive(2));

        // Assert: two pages of 10 + 200 × (1 + 10 + 10 × (1 + 3 × 10)).
        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        var data = response.Errors[0].GetProperty("extensions").GetProperty("data");
        Assert.Equal(100_000, data.GetProperty("limit").GetInt64());
        Assert.Equal(2 * (10 + (200 * (1 + 10 + (10 * 31)))), data.GetProperty("actual").GetInt64());
    }

    [Fact]
    public async Task CachedDocument_SecondTimeWithBiggerVariable_RefusedByCost()
    {
        // Arrange: the same text is parsed once and cached; its cost depends on the variables of each request.
        using var client = gateway.CreateClient();
        const string page = "sessionsByExternalContact(externalContactId: $c, first: $first) { nodes { conversation { participants { user { id } queue { id } externalContact { id } } } } }";
        var query = $"query Paged{Guid.NewGuid():N}($c: ID!, $first: Int) {{ a: {page} b: {page} }}";
        var first = await client.PostGraphQLAsync(query, new { c = ContactWithSessions(), first = 2 });

        // Act
        var second = await client.PostGraphQLAsync(query, new { c = ContactWithSessions(), first = 200 });

        // Assert
        Assert.Equal(HttpStatusCode.OK, first.Status);
        Assert.Equal(HttpStatusCode.BadRequest, second.Status);
        Assert.Equal(["MAX_COST_EXCEEDED"], second.ErrorCodes);
    }

    [Fact]
    public async Task Refusal_UnderApplicationJson_200WithTheCodeAndNoData()
    {
        // Arrange
        using var client = gateway.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(Body(HostileDocuments.Deep(5)), System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.ParseAdd("application/json");

        // Act
        using var response = await client.SendAsync(request);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("MAX_DEPTH_EXCEEDED", body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        Assert.False(body.TryGetProperty("data", out _));
    }

    [Fact]
    public async Task Introspection_EmbeddedSimulator_StandardQueryAnswered()
    {
        // Arrange: the query graphql-js and the IDEs send (TypeRef nests ofType seven times).
        using var client = gateway.CreateClient();

        // Act
        var response = await client.PostGraphQLAsync(IntrospectionQuery.Text);

        // Assert
        Assert.False(response.HasErrors, response.Body.ToString());
        Assert.True(response.Data.GetProperty("__schema").GetProperty("types").GetArrayLength() > 10);
    }

    [Fact]
    public async Task Schema_WeighedFields_DescriptionsShowTheCost()
    {
        // Arrange
        using var client = gateway.CreateClient();

        // Act
        var response = await client.PostGraphQLAsync("""{ __type(name: "Query") { fields { name description } } }""");

        // Assert
        var fields = response.Data.GetProperty("__type").GetProperty("fields").EnumerateArray().ToDictionary(f => f.GetProperty("name").GetString()!, f => f.GetProperty("description").GetString());
        Assert.EndsWith("Cost: 10; `nodes`, `edges` sized by `first` (assumed 25 when absent).", fields["sessionsByExternalContact"]);
        Assert.EndsWith("Cost: 10 per item; list size: `ids`.", fields["users"]);
        Assert.EndsWith("Cost: 10.", fields["session"]);
    }

    private string ContactWithSessions()
        => gateway.Simulator.Data.Sessions(gateway.Simulator.Data.DefaultOrganizationId).First(s => s.ExternalContact is not null).ExternalContact!.Id!;

    private static string Body(string query) => JsonSerializer.Serialize(new { query });
}
