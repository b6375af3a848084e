using System.Net;
using System.Text.Json;
using Gateway.Transport.PersistedOperations;
using Gateway.Transport.Sse;
using Gateway.Transport.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Gateway.Transport.Tests.PersistedOperations;

public sealed class PersistedOperationResolverTests
{
    private const string Query = "{ hello }";
    private static readonly string Hash = PersistedQueryExtension.ComputeHash(Query);

    [Fact]
    public async Task Post_HashOnlyBeforeRegistration_IsPersistedQueryNotFoundWith200()
    {
        await using var host = await StartAsync();

        var response = await host.Client.PostGraphQLAsync(new { extensions = Apq(Hash) });

        // 200 as Apollo Server answers it: its client's link gives persisted queries up for good on a 400 or 500.
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.CacheControl?.NoCache);
        var body = await response.ReadJsonAsync();
        Assert.Equal("PersistedQueryNotFound", body.GetProperty("errors")[0].GetProperty("message").GetString());
        Assert.Equal(PersistedQueryNotFoundError.ErrorCode, body.FirstErrorCode());
        Assert.False(body.TryGetProperty("data", out _));
    }

    [Fact]
    public async Task Get_HashOnlyBeforeRegistration_IsPersistedQueryNotFound()
    {
        await using var host = await StartAsync();

        var response = await host.Client.GetGraphQLAsync([new("extensions", ApqJson(Hash))]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(PersistedQueryNotFoundError.ErrorCode, (await response.ReadJsonAsync()).FirstErrorCode());
    }

    [Fact]
    public async Task Post_HashAndQuery_AnswersAndRegisters_ThenTheHashAloneAnswersOverGetAndPost()
    {
        await using var host = await StartAsync();
        var metrics = host.App.Services.GetRequiredService<PersistedOperationMetrics>();

        var registration = await host.Client.PostGraphQLAsync(new { query = Query, extensions = Apq(Hash) });
        var overGet = await host.Client.GetGraphQLAsync([new("extensions", ApqJson(Hash))]);
        var overPost = await host.Client.PostGraphQLAsync(new { extensions = Apq(Hash) });

        Assert.Equal("Hello, world!", Hello(await registration.ReadJsonAsync()));
        Assert.Equal(HttpStatusCode.OK, overGet.StatusCode);
        Assert.Equal("Hello, world!", Hello(await overGet.ReadJsonAsync()));
        Assert.Equal("Hello, world!", Hello(await overPost.ReadJsonAsync()));
        Assert.Equal(1, metrics.Registrations);
        Assert.Equal(2, metrics.Hits);
    }

    [Fact]
    public async Task Post_HashThatIsNotTheQuerysHash_IsRefusedWith400AndNothingIsRegistered()
    {
        await using var host = await StartAsync();
        var otherHash = PersistedQueryExtension.ComputeHash("{ scopeId }");

        var mismatch = await host.Client.PostGraphQLAsync(new { query = Query, extensions = Apq(otherHash) });
        var later = await host.Client.PostGraphQLAsync(new { extensions = Apq(otherHash) });

        Assert.Equal(HttpStatusCode.BadRequest, mismatch.StatusCode);
        Assert.Equal(PersistedQueryHashMismatchError.ErrorCode, (await mismatch.ReadJsonAsync()).FirstErrorCode());
        Assert.Equal(PersistedQueryNotFoundError.ErrorCode, (await later.ReadJsonAsync()).FirstErrorCode());
    }

    [Fact]
    public async Task Post_UnsupportedVersion_IsRefusedWith400()
    {
        await using var host = await StartAsync();

        var response = await host.Client.PostGraphQLAsync(new { query = Query, extensions = new { persistedQuery = new { version = 2, sha256Hash = Hash } } });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(PersistedQueryInvalidError.ErrorCode, (await response.ReadJsonAsync()).FirstErrorCode());
    }

    [Fact]
    public async Task Post_QueryThatFailsValidation_IsNotRegistered()
    {
        await using var host = await StartAsync();
        const string invalid = "{ noSuchField }";
        var hash = PersistedQueryExtension.ComputeHash(invalid);

        var first = await host.Client.PostGraphQLAsync(new { query = invalid, extensions = Apq(hash) });
        var later = await host.Client.PostGraphQLAsync(new { extensions = Apq(hash) });

        Assert.Equal(HttpStatusCode.BadRequest, first.StatusCode);
        Assert.Equal(PersistedQueryNotFoundError.ErrorCode, (await later.ReadJsonAsync()).FirstErrorCode());
    }

    [Fact]
    public async Task Get_HashOfARegisteredMutation_IsStill405()
    {
        // The resolved text goes through the rest of the pipeline: the transport's queries-only rule for GET included.
        await using var host = await StartAsync();
        const string mutation = "mutation { echo(text: \"x\") }";
        var hash = PersistedQueryExtension.ComputeHash(mutation);
        await host.Client.PostGraphQLAsync(new { query = mutation, extensions = Apq(hash) });

        var response = await host.Client.GetGraphQLAsync([new("extensions", ApqJson(hash))]);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    [Fact]
    public async Task Post_Sha256DocumentId_ResolvesARegisteredQuery_AndAnUnknownOneIsNotFound()
    {
        await using var host = await StartAsync();
        await host.Client.PostGraphQLAsync(new { query = Query, extensions = Apq(Hash) });

        var known = await host.Client.PostGraphQLAsync(new { documentId = "sha256:" + Hash });
        var unknown = await host.Client.GetGraphQLAsync([new("documentId", "sha256:" + new string('0', 64))]);
        var malformed = await host.Client.PostGraphQLAsync(new { documentId = "sha256:abc" });

        Assert.Equal("Hello, world!", Hello(await known.ReadJsonAsync()));
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Equal(PersistedDocumentNotFoundError.ErrorCode, (await unknown.ReadJsonAsync()).FirstErrorCode());
        Assert.Equal(PersistedQueryInvalidError.ErrorCode, (await malformed.ReadJsonAsync()).FirstErrorCode());
    }

    [Fact]
    public async Task TrustedOnly_StoredOperationRunsByIdOrHash_FreeTextAndUnknownHashesAreRefused()
    {
        var store = new InMemoryPersistedOperationStore();
        await store.RegisterAsync(Hash, Query, CancellationToken.None);
        await using var host = await StartAsync(PersistedOperationMode.TrustedOnly, store);

        var byId = await host.Client.PostGraphQLAsync(new { documentId = "sha256:" + Hash });
        var byHash = await host.Client.GetGraphQLAsync([new("extensions", ApqJson(Hash))]);
        var byHashAndText = await host.Client.PostGraphQLAsync(new { query = Query, extensions = Apq(Hash) });
        var freeText = await host.Client.PostGraphQLAsync(new { query = Query });
        var untrusted = "{ scopeId }";
        var untrustedRegistration = await host.Client.PostGraphQLAsync(new { query = untrusted, extensions = Apq(PersistedQueryExtension.ComputeHash(untrusted)) });
        var unknownHash = await host.Client.PostGraphQLAsync(new { extensions = Apq(new string('0', 64)) });

        Assert.Equal("Hello, world!", Hello(await byId.ReadJsonAsync()));
        Assert.Equal("Hello, world!", Hello(await byHash.ReadJsonAsync()));
        Assert.Equal("Hello, world!", Hello(await byHashAndText.ReadJsonAsync()));
        Assert.Equal(HttpStatusCode.BadRequest, freeText.StatusCode);
        Assert.Equal(PersistedQueryRequiredError.ErrorCode, (await freeText.ReadJsonAsync()).FirstErrorCode());
        Assert.Equal(HttpStatusCode.BadRequest, untrustedRegistration.StatusCode);
        Assert.Equal(PersistedDocumentNotFoundError.ErrorCode, (await untrustedRegistration.ReadJsonAsync()).FirstErrorCode());
        Assert.Equal(HttpStatusCode.BadRequest, unknownHash.StatusCode);
        Assert.Equal(PersistedDocumentNotFoundError.ErrorCode, (await unknownHash.ReadJsonAsync()).FirstErrorCode());
        Assert.Null(await store.GetAsync(PersistedQueryExtension.ComputeHash(untrusted), CancellationToken.None));
    }

    [Fact]
    public async Task Disabled_PersistedQueryIsNotSupported_FreeTextRuns()
    {
        await using var host = await StartAsync(PersistedOperationMode.Disabled);

        var hashed = await host.Client.PostGraphQLAsync(new { query = Query, extensions = Apq(Hash) });
        var documentId = await host.Client.PostGraphQLAsync(new { documentId = "sha256:" + Hash });
        var freeText = await host.Client.PostGraphQLAsync(new { query = Query });

        Assert.Equal(HttpStatusCode.OK, hashed.StatusCode);
        var body = await hashed.ReadJsonAsync();
        Assert.Equal("PersistedQueryNotSupported", body.GetProperty("errors")[0].GetProperty("message").GetString());
        Assert.Equal(PersistedQueryNotSupportedError.ErrorCode, body.FirstErrorCode());
        Assert.Equal(HttpStatusCode.BadRequest, documentId.StatusCode);
        Assert.Equal("Hello, world!", Hello(await freeText.ReadJsonAsync()));
    }

    [Fact]
    public async Task WebSocket_HashOnlyBeforeRegistration_IsAnErrorMessage_ThenRegistrationAndTheHashAloneStream()
    {
        await using var host = await WebSocketTestHost.StartAsync(configureServices: static services => services.AddGraphQLPersistedOperations());
        await using var client = await WebSocketTestClient.ConnectAndInitAsync(host.WebSocketEndpoint());

        await client.SendAsync(new { id = "1", type = "subscribe", payload = new { extensions = Apq(Hash) } });
        var notFound = await client.ReceiveMessageAsync();
        await client.SendAsync(new { id = "2", type = "subscribe", payload = new { query = Query, extensions = Apq(Hash) } });
        var registered = await client.ReceiveMessageAsync();
        var registeredComplete = await client.ReceiveMessageAsync();
        await client.SendAsync(new { id = "3", type = "subscribe", payload = new { extensions = Apq(Hash) } });
        var byHash = await client.ReceiveMessageAsync();

        Assert.Equal("error", notFound.GetProperty("type").GetString());
        Assert.Equal(PersistedQueryNotFoundError.ErrorCode, notFound.GetProperty("payload")[0].GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal("Hello, world!", registered.GetProperty("payload").GetProperty("data").GetProperty("hello").GetString());
        Assert.Equal("complete", registeredComplete.GetProperty("type").GetString());
        Assert.Equal("next", byHash.GetProperty("type").GetString());
        Assert.Equal("3", byHash.GetProperty("id").GetString());
        Assert.Equal("Hello, world!", byHash.GetProperty("payload").GetProperty("data").GetProperty("hello").GetString());
    }

    [Fact]
    public async Task Sse_HashOnlyBeforeRegistration_IsAnErrorOnTheStream_ThenRegistrationAndTheHashAloneOverGetStream()
    {
        await using var host = await TransportTestHost.StartAsync(
            useKestrel: true,
            configureServices: static services => services.AddGraphQLSseTransport().AddGraphQLPersistedOperations(),
            map: SseTestHost.MapSseAndHttp);

        var notFound = await ReadSingleResultAsync(await host.Client.OpenEventStreamAsync(HttpMethod.Post, "/graphql", new { extensions = Apq(Hash) }));
        var registered = await ReadSingleResultAsync(await host.Client.OpenEventStreamAsync(HttpMethod.Post, "/graphql", new { query = Query, extensions = Apq(Hash) }));
        var byHash = await ReadSingleResultAsync(await host.Client.OpenEventStreamAsync(HttpMethod.Get, "/graphql?extensions=" + Uri.EscapeDataString(ApqJson(Hash))));

        Assert.Equal(PersistedQueryNotFoundError.ErrorCode, notFound.FirstErrorCode());
        Assert.Equal("Hello, world!", Hello(registered));
        Assert.Equal("Hello, world!", Hello(byHash));
    }

    // One `next` then `complete`, on an event stream.
    private static async Task<JsonElement> ReadSingleResultAsync(HttpResponseMessage response)
    {
        using (response)
        {
            Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
            await using var events = await response.ReadEventsAsync();
            var next = await events.ReadEventAsync();
            Assert.Equal("next", next?.Event);
            Assert.Equal("complete", (await events.ReadEventAsync())?.Event);
            return next!.Json();
        }
    }

    private static Task<TransportTestHost> StartAsync(PersistedOperationMode mode = PersistedOperationMode.Automatic, IPersistedOperationStore? store = null)
        => TransportTestHost.StartAsync(
            settings: new Dictionary<string, string?> { ["GraphQL:PersistedOperations:Mode"] = mode.ToString() },
            configureServices: services =>
            {
                if (store is not null)
                {
                    services.AddSingleton(store);
                }

                services.AddGraphQLPersistedOperations();
            });

    private static object Apq(string hash) => new { persistedQuery = new { version = 1, sha256Hash = hash } };

    private static string ApqJson(string hash) => JsonSerializer.Serialize(Apq(hash));

    private static string? Hello(JsonElement body) => body.GetProperty("data").GetProperty("hello").GetString();
}
