using System.Net;
using System.Text.Json;
using Gateway.Transport.Http;
using Gateway.Transport.Tests.Infrastructure;

namespace Gateway.Transport.Tests.Http;

public sealed class GraphQLHttpMiddlewareTests(TransportHostFixture fixture) : IClassFixture<TransportHostFixture>
{
    private HttpClient Client => fixture.Host.Client;

    [Fact]
    public async Task Post_JsonQuery_ReturnsDataAsGraphQLResponseJson()
    {
        // Act
        var response = await Client.PostGraphQLAsync(new { query = "{ hello }" });

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(GraphQLMediaTypes.GraphQLResponseJson, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        var body = await response.ReadJsonAsync();
        Assert.Equal("Hello, world!", body.GetProperty("data").GetProperty("hello").GetString());
        Assert.False(body.TryGetProperty("errors", out _));
    }

    [Fact]
    public async Task Post_DocumentNestedBeyondParserLimit_Is400Not500()
    {
        // Arrange: selection sets nested deeper than the parser accepts.
        var query = string.Concat(Enumerable.Repeat("{ hello ", 300)) + string.Concat(Enumerable.Repeat("}", 300));

        // Act
        var response = await Client.PostGraphQLAsync(new { query });

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await response.ReadJsonAsync();
        Assert.False(body.TryGetProperty("data", out _));
        Assert.NotEmpty(body.GetProperty("errors").EnumerateArray());
    }

    [Fact]
    public async Task Post_CharsetUtf8_IsAccepted()
    {
        var response = await Client.PostGraphQLAsync("""{"query":"{ hello }"}""", contentType: "application/json; charset=utf-8");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Post_Variables_AreUsed()
    {
        var response = await Client.PostGraphQLAsync(new
        {
            query = "query Greet($name: String) { hello(name: $name) }",
            variables = new { name = "Ada" },
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.ReadJsonAsync();
        Assert.Equal("Hello, Ada!", body.GetProperty("data").GetProperty("hello").GetString());
    }

    [Fact]
    public async Task Post_Mutation_ExecutesWithVariables()
    {
        var response = await Client.PostGraphQLAsync(new
        {
            query = "mutation Echo($text: String) { echo(text: $text) }",
            variables = new { text = "héllo 🏊" },
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.ReadJsonAsync();
        Assert.Equal("héllo 🏊", body.GetProperty("data").GetProperty("echo").GetString());
    }

    [Fact]
    public async Task Post_OperationName_SelectsThatOperation()
    {
        var response = await Client.PostGraphQLAsync(new
        {
            query = """query A { hello(name: "A") } query B { hello(name: "B") }""",
            operationName = "B",
        });

        var body = await response.ReadJsonAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Hello, B!", body.GetProperty("data").GetProperty("hello").GetString());
    }

    [Fact]
    public async Task Post_SeveralOperationsWithoutOperationName_Returns400WithoutData()
    {
        var response = await Client.PostGraphQLAsync(new { query = "query A { hello } query B { hello }" });

        var body = await response.ReadJsonAsync();
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(body.TryGetProperty("data", out _));
    }

    [Fact]
    public async Task Get_Query_ReturnsData()
    {
        var response = await Client.GetGraphQLAsync(
        [
            new("query", "query Greet($name: String) { hello(name: $name) }"),
            new("operationName", "Greet"),
            new("variables", """{"name":"GET"}"""),
            new("extensions", """{"trace":true}"""),
        ]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Accept", response.Headers.Vary);
        var body = await response.ReadJsonAsync();
        Assert.Equal("Hello, GET!", body.GetProperty("data").GetProperty("hello").GetString());
    }

    [Fact]
    public async Task Get_Mutation_Returns405WithAllowPost()
    {
        var response = await Client.GetGraphQLAsync([new("query", "mutation { echo(text: \"x\") }")], accept: GraphQLMediaTypes.Json);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(["POST"], response.Content.Headers.Allow);
        var body = await response.ReadJsonAsync();
        Assert.Equal("HTTP_METHOD_NOT_ALLOWED", body.FirstErrorCode());
        Assert.False(body.TryGetProperty("data", out _));
    }

    [Fact]
    public async Task Get_QueryOperationSelectedFromDocumentWithMutation_Executes()
    {
        var response = await Client.GetGraphQLAsync(
        [
            new("query", "query Q { hello } mutation M { echo(text: \"x\") }"),
            new("operationName", "Q"),
        ]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("{not json")]
    [InlineData("[1]")]
    [InlineData("\"text\"")]
    public async Task Get_InvalidVariables_Returns400(string variables)
    {
        var response = await Client.GetGraphQLAsync([new("query", "{ hello }"), new("variables", variables)]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("INVALID_VARIABLES", (await response.ReadJsonAsync()).FirstErrorCode());
    }

    [Fact]
    public async Task Get_WithoutQuery_Returns400QueryMissing()
    {
        var response = await Client.GetGraphQLAsync([new("operationName", "Q")]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("QUERY_MISSING", (await response.ReadJsonAsync()).FirstErrorCode());
    }

    [Fact]
    public async Task Get_RepeatedQueryParameter_Returns400()
    {
        var response = await Client.GetGraphQLAsync([new("query", "{ hello }"), new("query", "{ fail }")]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("INVALID_REQUEST_PARAMETER", (await response.ReadJsonAsync()).FirstErrorCode());
    }

    [Theory]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    [InlineData("PATCH")]
    public async Task OtherMethod_Returns405WithAllowGetAndPost(string method)
    {
        var response = await Client.SendAsync(new HttpRequestMessage(new HttpMethod(method), "/graphql"));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(["GET", "POST"], response.Content.Headers.Allow);
        Assert.Equal("HTTP_METHOD_NOT_ALLOWED", (await response.ReadJsonAsync()).FirstErrorCode());
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("application/graphql")]
    [InlineData("application/json; charset=utf-16")]
    [InlineData("application/json; charset=iso-8859-1")]
    [InlineData(null)]
    public async Task Post_UnsupportedContentType_Returns415(string? contentType)
    {
        var response = await Client.PostGraphQLAsync("""{"query":"{ hello }"}""", contentType: contentType);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal("INVALID_CONTENT_TYPE", (await response.ReadJsonAsync()).FirstErrorCode());
    }

    [Theory]
    [InlineData("{ \"not a JSON")]
    [InlineData("")]
    [InlineData("null")]
    [InlineData("42")]
    [InlineData("\"{ hello }\"")]
    public async Task Post_MalformedOrNonObjectBody_Returns400JsonInvalid(string body)
    {
        var response = await Client.PostGraphQLAsync(body, accept: GraphQLMediaTypes.Json);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(GraphQLMediaTypes.Json, response.Content.Headers.ContentType?.MediaType);
        var json = await response.ReadJsonAsync();
        Assert.Equal("JSON_INVALID", json.FirstErrorCode());
        Assert.False(json.TryGetProperty("data", out _));
    }

    [Fact]
    public async Task Post_JsonArray_Returns400BatchedRequestsNotSupported()
    {
        var response = await Client.PostGraphQLAsync("""[{"query":"{ hello }"},{"query":"{ hello }"}]""");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("BATCHED_REQUESTS_NOT_SUPPORTED", (await response.ReadJsonAsync()).FirstErrorCode());
    }

    [Theory]
    [InlineData("""{"notquery":"{ hello }"}""")]
    [InlineData("""{"query":null}""")]
    [InlineData("""{}""")]
    public async Task Post_MissingQuery_Returns400QueryMissing(string body)
    {
        var response = await Client.PostGraphQLAsync(body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("QUERY_MISSING", (await response.ReadJsonAsync()).FirstErrorCode());
    }

    [Theory]
    [InlineData("""{"query":{"obj":"ect"}}""")]
    [InlineData("""{"query":0}""")]
    [InlineData("""{"query":false}""")]
    [InlineData("""{"query":["array"]}""")]
    [InlineData("""{"query":"{ hello }","operationName":0}""")]
    [InlineData("""{"query":"{ hello }","operationName":{"obj":"ect"}}""")]
    [InlineData("""{"query":"{ hello }","extensions":"string"}""")]
    [InlineData("""{"query":"{ hello }","extensions":["array"]}""")]
    public async Task Post_WrongParameterType_Returns400InvalidRequestParameter(string body)
    {
        var response = await Client.PostGraphQLAsync(body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("INVALID_REQUEST_PARAMETER", (await response.ReadJsonAsync()).FirstErrorCode());
    }

    [Theory]
    [InlineData("\"string\"")]
    [InlineData("0")]
    [InlineData("false")]
    [InlineData("[\"array\"]")]
    public async Task Post_NonObjectVariables_Returns400InvalidVariables(string variables)
    {
        var response = await Client.PostGraphQLAsync($$"""{"query":"{ hello }","variables":{{variables}}}""");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("INVALID_VARIABLES", (await response.ReadJsonAsync()).FirstErrorCode());
    }

    [Theory]
    [InlineData("variables")]
    [InlineData("operationName")]
    [InlineData("extensions")]
    public async Task Post_NullOptionalParameter_IsAccepted(string parameter)
    {
        var response = await Client.PostGraphQLAsync($$"""{"query":"{ hello }","{{parameter}}":null}""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("{ doesNotExist }")]
    [InlineData("{")]
    [InlineData("query Q($name: String!) { hello(name: $name) }")]
    public async Task Post_RequestErrorWithGraphQLResponseJson_Returns400WithoutData(string query)
    {
        var response = await Client.PostGraphQLAsync(new { query }, accept: GraphQLMediaTypes.GraphQLResponseJson);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(GraphQLMediaTypes.GraphQLResponseJson, response.Content.Headers.ContentType?.MediaType);
        var body = await response.ReadJsonAsync();
        Assert.False(body.TryGetProperty("data", out _));
        Assert.NotEmpty(body.GetProperty("errors").EnumerateArray());
    }

    [Theory]
    [InlineData("{ doesNotExist }")]
    [InlineData("{")]
    [InlineData("query Q($name: String!) { hello(name: $name) }")]
    public async Task Post_RequestErrorWithApplicationJson_Returns200WithErrors(string query)
    {
        var response = await Client.PostGraphQLAsync(new { query }, accept: GraphQLMediaTypes.Json);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(GraphQLMediaTypes.Json, response.Content.Headers.ContentType?.MediaType);
        var body = await response.ReadJsonAsync();
        Assert.False(body.TryGetProperty("data", out _));
        Assert.NotEmpty(body.GetProperty("errors").EnumerateArray());
    }

    [Theory]
    [InlineData(GraphQLMediaTypes.GraphQLResponseJson)]
    [InlineData(GraphQLMediaTypes.Json)]
    public async Task Post_FieldError_Returns200WithDataAndErrors(string accept)
    {
        var response = await Client.PostGraphQLAsync(new { query = "{ hello fail }" }, accept);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var raw = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain(TestQuery.SecretFailure, raw, StringComparison.Ordinal);
        var body = await response.ReadJsonAsync();
        Assert.Equal("Hello, world!", body.GetProperty("data").GetProperty("hello").GetString());
        Assert.Equal(JsonValueKind.Null, body.GetProperty("data").GetProperty("fail").ValueKind);
        var error = Assert.Single(body.GetProperty("errors").EnumerateArray());
        Assert.Equal("fail", error.GetProperty("path")[0].GetString());
    }

    [Theory]
    [InlineData(null, GraphQLMediaTypes.GraphQLResponseJson)]
    [InlineData("", GraphQLMediaTypes.GraphQLResponseJson)]
    [InlineData("*/*", GraphQLMediaTypes.GraphQLResponseJson)]
    [InlineData("application/*", GraphQLMediaTypes.GraphQLResponseJson)]
    [InlineData("application/json", GraphQLMediaTypes.Json)]
    [InlineData("application/graphql-response+json", GraphQLMediaTypes.GraphQLResponseJson)]
    [InlineData("application/graphql-response+json; charset=utf-8, application/json; charset=utf-8", GraphQLMediaTypes.GraphQLResponseJson)]
    [InlineData("application/json, application/graphql-response+json;q=0.9", GraphQLMediaTypes.Json)]
    [InlineData("application/json;q=0.5, application/graphql-response+json", GraphQLMediaTypes.GraphQLResponseJson)]
    [InlineData("text/html, */*;q=0.1", GraphQLMediaTypes.GraphQLResponseJson)]
    [InlineData("*/*, application/graphql-response+json;q=0", GraphQLMediaTypes.Json)]
    [InlineData("application/graphql-response+json; charset=utf-16, application/json;q=0.1", GraphQLMediaTypes.Json)]
    public async Task Post_Accept_NegotiatesResponseMediaType(string? accept, string expected)
    {
        var response = await Client.PostGraphQLAsync(new { query = "{ hello }" }, accept);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(expected, response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/xml")]
    [InlineData("application/graphql-response+json;q=0, application/json;q=0")]
    public async Task Post_AcceptWithoutSupportedMediaType_Returns406(string accept)
    {
        var response = await Client.PostGraphQLAsync(new { query = "{ hello }" }, accept);

        Assert.Equal(HttpStatusCode.NotAcceptable, response.StatusCode);
        Assert.Equal(GraphQLMediaTypes.Json, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("NOT_ACCEPTABLE", (await response.ReadJsonAsync()).FirstErrorCode());
    }

    [Fact]
    public async Task Get_BrowserNavigationWithoutQuery_IsLeftToTheNextMiddleware()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/graphql");
        request.Headers.TryAddWithoutValidation("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");

        var response = await Client.SendAsync(request);

        // Nothing follows the transport in MapGraphQLHttp's pipeline yet (the playground will).
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Get_BrowserNavigationWithQuery_IsServed()
    {
        var response = await Client.GetGraphQLAsync(
            [new("query", "{ hello }")],
            accept: "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(GraphQLMediaTypes.GraphQLResponseJson, response.Content.Headers.ContentType?.MediaType);
    }
}
