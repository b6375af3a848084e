using System.Net;
using Gateway.Transport.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Gateway.Transport.Tests.Sse;

/// <summary>Distinct connections mode over raw HTTP on Kestrel: one request, one stream, one operation.</summary>
public sealed class GraphQLSseDistinctConnectionsTests(SseHostFixture fixture) : IClassFixture<SseHostFixture>
{
    private HttpClient Client => fixture.Host.Client;

    private TestEventSource Source => fixture.Host.App.Services.GetRequiredService<TestEventSource>();

    [Fact]
    public async Task Get_Subscription_CurlShapeStreamsEachResultThenComplete()
    {
        // Act: what `curl -N -H 'accept: text/event-stream' 'http://…/graphql?query=subscription…'` sends.
        using var response = await Client.OpenEventStreamAsync("subscription { greetings(count: 3) }");
        await using var events = await response.ReadEventsAsync();

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        Assert.True(response.Headers.CacheControl?.NoCache);
        Assert.Equal("no", Assert.Single(response.Headers.GetValues("X-Accel-Buffering")));
        for (var i = 1; i <= 3; i++)
        {
            var next = await events.ReadEventAsync();
            Assert.Equal("next", next?.Event);
            Assert.Equal($"Hello {i}", next!.Json().GetProperty("data").GetProperty("greetings").GetString());
        }

        var complete = await events.ReadEventAsync();
        Assert.Equal("complete", complete?.Event);
        Assert.Equal("", complete!.Data);
        Assert.Null(await events.ReadEventAsync());
    }

    [Fact]
    public async Task Post_Query_IsOneNextThenComplete()
    {
        // Act
        using var response = await Client.OpenEventStreamAsync(HttpMethod.Post, "/graphql", new { query = "{ hello(name: \"stream\") }" });
        await using var events = await response.ReadEventsAsync();

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var next = await events.ReadEventAsync();
        Assert.Equal("next", next?.Event);
        Assert.Equal("Hello, stream!", next!.Json().GetProperty("data").GetProperty("hello").GetString());
        Assert.Equal("complete", (await events.ReadEventAsync())?.Event);
        Assert.Null(await events.ReadEventAsync());
    }

    [Fact]
    public async Task Post_Mutation_IsOneNextThenComplete()
    {
        using var response = await Client.OpenEventStreamAsync(HttpMethod.Post, "/graphql", new { query = "mutation { echo(text: \"hi\") }" });
        await using var events = await response.ReadEventsAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("hi", (await events.ReadEventAsync())!.Json().GetProperty("data").GetProperty("echo").GetString());
        Assert.Equal("complete", (await events.ReadEventAsync())?.Event);
    }

    [Fact]
    public async Task Post_Events_HeadersFlushedBeforeAnyEventThenDisconnectUnsubscribes()
    {
        // Arrange
        const string topic = "distinct-disconnect";

        // Act: the headers must arrive while the subscription has produced nothing yet.
        var response = await Client.OpenEventStreamAsync(
            HttpMethod.Post, "/graphql", new { query = "subscription ($t: String!) { events(topic: $t) }", variables = new { t = topic } });
        var events = await response.ReadEventsAsync();
        await Source.WaitForSubscribersAsync(topic, 1);
        Source.Publish(topic, "one");
        var next = await events.ReadEventAsync();
        await events.DisposeAsync();
        response.Dispose();

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("one", next!.Json().GetProperty("data").GetProperty("events").GetString());
        await Source.WaitForSubscribersAsync(topic, 0);
    }

    [Fact]
    public async Task Get_Mutation_Is405WithAllowPost()
    {
        // Act
        using var response = await Client.OpenEventStreamAsync("mutation { echo(text: \"no\") }");

        // Assert
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal("POST", string.Join(",", response.Content.Headers.Allow));
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("HTTP_METHOD_NOT_ALLOWED", (await response.ReadJsonAsync()).FirstErrorCode());
    }

    [Fact]
    public async Task Post_InvalidJson_Is400JsonInvalid()
    {
        using var response = await Client.OpenEventStreamAsync(HttpMethod.Post, "/graphql", "{ not json");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("JSON_INVALID", (await response.ReadJsonAsync()).FirstErrorCode());
    }

    [Fact]
    public async Task Get_NoQuery_Is400QueryMissing()
    {
        using var response = await Client.OpenEventStreamAsync(HttpMethod.Get, "/graphql");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("QUERY_MISSING", (await response.ReadJsonAsync()).FirstErrorCode());
    }

    [Fact]
    public async Task Post_WrongContentType_Is415()
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent("query=x") };
        request.Headers.TryAddWithoutValidation("Accept", "text/event-stream");

        using var response = await Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal("INVALID_CONTENT_TYPE", (await response.ReadJsonAsync()).FirstErrorCode());
    }

    [Fact]
    public async Task Post_ValidationError_IsReportedOnTheStreamAsNextThenComplete()
    {
        // Act: the protocol asks for validation errors on an accepted stream, so an EventSource can read them.
        using var response = await Client.OpenEventStreamAsync(HttpMethod.Post, "/graphql", new { query = "{ nope }" });
        await using var events = await response.ReadEventsAsync();

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var next = (await events.ReadEventAsync())!.Json();
        Assert.False(next.TryGetProperty("data", out _));
        Assert.NotEmpty(next.GetProperty("errors").EnumerateArray());
        Assert.Equal("complete", (await events.ReadEventAsync())?.Event);
    }

    [Fact]
    public async Task Get_SyntaxError_IsReportedOnTheStream()
    {
        using var response = await Client.OpenEventStreamAsync("subscription {");
        await using var events = await response.ReadEventsAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEmpty((await events.ReadEventAsync())!.Json().GetProperty("errors").EnumerateArray());
        Assert.Equal("complete", (await events.ReadEventAsync())?.Event);
    }

    [Fact]
    public async Task Get_RefusedSubscription_IsNextWithItsErrorThenComplete()
    {
        using var response = await Client.OpenEventStreamAsync("subscription { refused }");
        await using var events = await response.ReadEventsAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var next = (await events.ReadEventAsync())!.Json();
        Assert.Equal("FORBIDDEN", next.FirstErrorCode());
        Assert.Equal("complete", (await events.ReadEventAsync())?.Event);
    }

    [Fact]
    public async Task Get_FailingStream_EndsWithAnErrorThatHidesTheSecret()
    {
        // Act
        using var response = await Client.OpenEventStreamAsync("subscription { failing }");
        await using var events = await response.ReadEventsAsync();
        var messages = new List<SseMessage>();
        while (await events.ReadEventAsync() is { } message)
        {
            messages.Add(message);
        }

        // Assert
        Assert.Equal(["next", "next", "complete"], messages.Select(m => m.Event));
        Assert.Equal("first", messages[0].Json().GetProperty("data").GetProperty("failing").GetString());
        Assert.NotEmpty(messages[1].Json().GetProperty("errors").EnumerateArray());
        Assert.DoesNotContain(TestSubscription.SecretFailure, string.Concat(messages.Select(m => m.Data)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_WithoutEventStreamAccept_IsPlainHttpUnchanged()
    {
        // Act
        using var response = await Client.PostGraphQLAsync(new { query = "{ hello }" });

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/graphql-response+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("Hello, world!", (await response.ReadJsonAsync()).GetProperty("data").GetProperty("hello").GetString());
    }

    [Fact]
    public async Task Post_SubscriptionWithoutEventStreamAccept_IsStillRefusedByPlainHttp()
    {
        using var response = await Client.PostGraphQLAsync(new { query = "subscription { greetings(count: 1) }" });

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }
}
