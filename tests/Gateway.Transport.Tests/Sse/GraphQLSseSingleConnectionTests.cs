using System.Net;
using Gateway.Transport.Sse;
using Gateway.Transport.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Gateway.Transport.Tests.Sse;

/// <summary>Single connection mode over raw HTTP on Kestrel: reservation, its one stream, operations by id.</summary>
public sealed class GraphQLSseSingleConnectionTests(SseHostFixture fixture) : IClassFixture<SseHostFixture>
{
    private HttpClient Client => fixture.Host.Client;

    private TestEventSource Source => fixture.Host.App.Services.GetRequiredService<TestEventSource>();

    [Fact]
    public async Task Put_MakesReservation_201WithTextPlainToken()
    {
        // Act
        using var response = await Client.PutAsync("/graphql", content: null);

        // Assert
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        Assert.True(response.Headers.CacheControl?.NoStore);
        var token = await response.Content.ReadAsStringAsync();
        Assert.True(token.Length >= 40, token);
        Assert.NotEqual(token, await Client.ReserveAsync());
    }

    [Fact]
    public async Task Put_AcceptingOnlyJson_Is406()
    {
        var request = new HttpRequestMessage(HttpMethod.Put, "/graphql");
        request.Headers.TryAddWithoutValidation("Accept", "application/json");

        using var response = await Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotAcceptable, response.StatusCode);
        Assert.Equal("NOT_ACCEPTABLE", (await response.ReadJsonAsync()).FirstErrorCode());
    }

    [Fact]
    public async Task Stream_UnknownToken_Is404()
    {
        using var response = await Client.OpenEventStreamAsync(HttpMethod.Get, "/graphql", token: "not-a-reservation");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(SseStreamNotFoundError.ErrorCode, (await response.ReadJsonAsync()).FirstErrorCode());
    }

    [Fact]
    public async Task Post_UnknownToken_Is404()
    {
        using var response = await Client.PostOperationAsync("not-a-reservation", Operation("op", "{ hello }"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(SseStreamNotFoundError.ErrorCode, (await response.ReadJsonAsync()).FirstErrorCode());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("not-a-reservation")]
    public async Task Delete_WithoutReservation_Is404(string? token)
    {
        using var response = await Client.StopOperationAsync(token, "op");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Stream_TokenInUrlParameter_OpensTheReservationsStream()
    {
        // Arrange: EventSource cannot send headers, so the token comes as ?token=.
        var token = await Client.ReserveAsync();

        // Act
        using var response = await Client.OpenEventStreamAsync(HttpMethod.Get, "/graphql?token=" + Uri.EscapeDataString(token));
        await using var events = await response.ReadEventsAsync();
        using var accepted = await Client.PostOperationAsync(token, Operation("q", "{ hello }"));

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
        var next = await events.ReadEventAsync();
        Assert.Equal("q", next!.Json().GetProperty("id").GetString());
    }

    [Fact]
    public async Task Stream_SecondForTheSameToken_Is409AndTheFirstKeepsStreaming()
    {
        // Arrange
        var token = await Client.ReserveAsync();
        using var first = await Client.OpenEventStreamAsync(HttpMethod.Get, "/graphql", token: token);
        await using var events = await first.ReadEventsAsync();

        // Act
        using var second = await Client.OpenEventStreamAsync(HttpMethod.Get, "/graphql", token: token);
        using var accepted = await Client.PostOperationAsync(token, Operation("after-conflict", "{ hello }"));

        // Assert
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Equal(SseStreamAlreadyOpenError.ErrorCode, (await second.ReadJsonAsync()).FirstErrorCode());
        Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
        Assert.Equal("after-conflict", (await events.ReadEventAsync())!.Json().GetProperty("id").GetString());
    }

    [Fact]
    public async Task Post_Operation_Is202AndItsResultsArriveOnTheStreamWithItsId()
    {
        // Arrange
        var token = await Client.ReserveAsync();
        using var stream = await Client.OpenEventStreamAsync(HttpMethod.Get, "/graphql", token: token);
        await using var events = await stream.ReadEventsAsync();

        // Act
        using var accepted = await Client.PostOperationAsync(token, Operation("greet", "subscription { greetings(count: 3) }"));

        // Assert
        Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
        Assert.Equal("text/event-stream", stream.Content.Headers.ContentType?.MediaType);
        for (var i = 1; i <= 3; i++)
        {
            var next = await events.ReadEventAsync();
            Assert.Equal("next", next?.Event);
            var data = next!.Json();
            Assert.Equal("greet", data.GetProperty("id").GetString());
            Assert.Equal($"Hello {i}", data.GetProperty("payload").GetProperty("data").GetProperty("greetings").GetString());
        }

        var complete = await events.ReadEventAsync();
        Assert.Equal("complete", complete?.Event);
        Assert.Equal("greet", complete!.Json().GetProperty("id").GetString());
    }

    [Fact]
    public async Task Post_BeforeTheStreamOpens_IsAcceptedAndDeliveredWhenItDoes()
    {
        // Arrange
        var token = await Client.ReserveAsync();

        // Act
        using var accepted = await Client.PostOperationAsync(token, Operation("early", "{ hello }"));
        using var stream = await Client.OpenEventStreamAsync(HttpMethod.Get, "/graphql", token: token);
        await using var events = await stream.ReadEventsAsync();

        // Assert
        Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
        var next = (await events.ReadEventAsync())!.Json();
        Assert.Equal("early", next.GetProperty("id").GetString());
        Assert.Equal("Hello, world!", next.GetProperty("payload").GetProperty("data").GetProperty("hello").GetString());
        Assert.Equal("complete", (await events.ReadEventAsync())?.Event);
    }

    [Fact]
    public async Task Post_DuplicateOperationId_Is409()
    {
        // Arrange
        const string topic = "single-duplicate";
        var token = await Client.ReserveAsync();
        using var stream = await Client.OpenEventStreamAsync(HttpMethod.Get, "/graphql", token: token);
        using var first = await Client.PostOperationAsync(token, Events("same", topic));

        // Act
        using var second = await Client.PostOperationAsync(token, Events("same", topic));

        // Assert
        Assert.Equal(HttpStatusCode.Accepted, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Equal(SseOperationIdConflictError.ErrorCode, (await second.ReadJsonAsync()).FirstErrorCode());
        Assert.Equal(1, Source.SubscriberCount(topic));
    }

    [Fact]
    public async Task Post_WithoutOperationId_Is400()
    {
        var token = await Client.ReserveAsync();

        using var response = await Client.PostOperationAsync(token, new { query = "{ hello }" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(SseOperationIdMissingError.ErrorCode, (await response.ReadJsonAsync()).FirstErrorCode());
    }

    [Fact]
    public async Task Post_ValidationError_IsAnsweredAsGraphQLOverHttpNotAccepted()
    {
        var token = await Client.ReserveAsync();

        using var response = await Client.PostOperationAsync(token, Operation("bad", "{ nope }"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/graphql-response+json", response.Content.Headers.ContentType?.MediaType);
        Assert.NotEmpty((await response.ReadJsonAsync()).GetProperty("errors").EnumerateArray());
    }

    [Fact]
    public async Task Post_InvalidJson_Is400()
    {
        var token = await Client.ReserveAsync();

        using var response = await Client.PostOperationAsync(token, "{ nope");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("JSON_INVALID", (await response.ReadJsonAsync()).FirstErrorCode());
    }

    [Fact]
    public async Task Delete_Operation_Is200StopsItAndFreesItsId()
    {
        // Arrange
        const string topic = "single-delete";
        var token = await Client.ReserveAsync();
        using var stream = await Client.OpenEventStreamAsync(HttpMethod.Get, "/graphql", token: token);
        await using var events = await stream.ReadEventsAsync();
        using var accepted = await Client.PostOperationAsync(token, Events("sub", topic));
        await Source.WaitForSubscribersAsync(topic, 1);

        // Act
        using var stopped = await Client.StopOperationAsync(token, "sub");

        // Assert
        Assert.Equal(HttpStatusCode.OK, stopped.StatusCode);
        await Source.WaitForSubscribersAsync(topic, 0);
        using var again = await Client.PostOperationAsync(token, Operation("sub", "{ hello }"));
        Assert.Equal(HttpStatusCode.Accepted, again.StatusCode);
        var next = (await events.ReadEventAsync())!.Json();
        Assert.Equal("Hello, world!", next.GetProperty("payload").GetProperty("data").GetProperty("hello").GetString());
    }

    [Fact]
    public async Task Delete_WithoutOperationId_Is400()
    {
        var token = await Client.ReserveAsync();

        using var response = await Client.StopOperationAsync(token, operationId: null);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Stream_ClientDisconnects_StopsItsOperationsAndEndsTheReservation()
    {
        // Arrange
        const string topic = "single-disconnect";
        var token = await Client.ReserveAsync();
        var stream = await Client.OpenEventStreamAsync(HttpMethod.Get, "/graphql", token: token);
        using var accepted = await Client.PostOperationAsync(token, Events("sub", topic));
        await Source.WaitForSubscribersAsync(topic, 1);

        // Act
        stream.Dispose();

        // Assert
        await Source.WaitForSubscribersAsync(topic, 0);
        await SseWait.UntilAsync(
            async () =>
            {
                using var late = await Client.PostOperationAsync(token, Operation("late", "{ hello }"));
                return late.StatusCode == HttpStatusCode.NotFound;
            },
            "the token is unknown");
    }

    [Fact]
    public async Task Get_MutationWithToken_Is405()
    {
        var token = await Client.ReserveAsync();
        var request = new HttpRequestMessage(
            HttpMethod.Get,
            "/graphql?query=" + Uri.EscapeDataString("mutation { echo(text: \"x\") }") + "&extensions=" + Uri.EscapeDataString("{\"operationId\":\"m\"}"));
        request.Headers.TryAddWithoutValidation(GraphQLSseProtocol.TokenHeader, token);

        using var response = await Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    private static object Operation(string id, string query) => new { query, extensions = new { operationId = id } };

    private static object Events(string id, string topic) => new
    {
        query = "subscription ($t: String!) { events(topic: $t) }",
        variables = new { t = topic },
        extensions = new { operationId = id },
    };
}
