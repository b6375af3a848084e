using System.Text.Json;
using Gateway.Common;
using Gateway.DataLoading;
using Gateway.Sessions;
using Gateway.Tests.Infrastructure;
using Gateway.Upstream;
using GraphQL;
using GraphQL.SystemTextJson;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Gateway.Tests.Sessions;

/// <summary>The Sessions root fields executed by the engine over a fake upstream (the end-to-end tests use the simulator).</summary>
public sealed class SessionQueriesTests
{
    private static readonly Lazy<ISchema> SessionsSchema = new(() =>
    {
        var query = new ObjectGraphType { Name = "Query" };
        query.AddSessionQueries();
        var schema = new GraphQL.Types.Schema { Query = query };
        schema.RegisterTypeMapping<DateTimeOffset, IsoDateTimeGraphType>();
        schema.Initialize();
        return schema;
    });

    [Fact]
    public async Task Session_TenAliasedFields_FetchedInOneDispatch()
    {
        // Arrange
        var ids = Enumerable.Range(0, 10).Select(i => $"s{i}").ToArray();
        var client = new FakeSessionsClient().WithSessions(ids);
        var document = "{ " + string.Join(' ', ids.Select(id => $"{id}: session(id: \"{id}\") {{ id }}")) + " }";

        // Act
        var (data, _, services) = await ExecuteAsync(client, document);

        // Assert
        Assert.Equal(1, services.GetRequiredService<SessionByIdDataLoader>().DispatchCount);
        Assert.Equal(10, client.SessionCalls.Count);
        Assert.All(ids, id => Assert.Equal(id, data.GetProperty(id).GetProperty("id").GetString()));
    }

    [Fact]
    public async Task Session_UnknownId_NullWithNotFound()
    {
        var (data, errors, _) = await ExecuteAsync(new FakeSessionsClient(), """{ session(id: "nope") { id } }""");

        Assert.Equal(JsonValueKind.Null, data.GetProperty("session").ValueKind);
        Assert.Equal("NOT_FOUND", Code(Assert.Single(errors)));
    }

    [Fact]
    public async Task SessionsByExternalContact_AfterAnyEdgeCursor_ResumesRightAfterThatEdge()
    {
        // Arrange
        var client = new FakeSessionsClient().WithContact("c1", sessionCount: 7);
        var (firstPage, _, _) = await ExecuteAsync(client, Page("c1", first: 3));
        var edges = firstPage.GetProperty("page").GetProperty("edges");

        // Act
        var (afterSecondEdge, _, _) = await ExecuteAsync(client, Page("c1", first: 3, after: edges[1].GetProperty("cursor").GetString()));
        var (afterEndCursor, _, _) = await ExecuteAsync(client, Page("c1", first: 3, after: EndCursor(firstPage)));

        // Assert
        Assert.Equal(["c1-s000", "c1-s001", "c1-s002"], NodeIds(firstPage));
        Assert.Equal(["c1-s002", "c1-s003", "c1-s004"], NodeIds(afterSecondEdge));
        Assert.Equal(["c1-s003", "c1-s004", "c1-s005"], NodeIds(afterEndCursor));
        Assert.True(PageInfo(firstPage).GetProperty("hasNextPage").GetBoolean());
        Assert.False(PageInfo(firstPage).GetProperty("hasPreviousPage").GetBoolean());
        Assert.True(PageInfo(afterEndCursor).GetProperty("hasPreviousPage").GetBoolean());
    }

    [Fact]
    public async Task SessionsByExternalContact_SessionJoinedTheHeadMeanwhile_ResumesAfterTheSameSession()
    {
        // Arrange: a mid-page cursor, then a new session is listed first upstream, shifting every position.
        var client = new FakeSessionsClient().WithContact("c1", sessionCount: 10);
        var (firstPage, _, _) = await ExecuteAsync(client, Page("c1", first: 3));
        var cursorAfterFirst = firstPage.GetProperty("page").GetProperty("edges")[0].GetProperty("cursor").GetString();
        client.PrependToContact("c1", "c1-new");

        // Act
        var (resumed, errors, _) = await ExecuteAsync(client, Page("c1", first: 2, after: cursorAfterFirst));

        // Assert: neither the first session again nor a skipped one.
        Assert.Empty(errors);
        Assert.Equal(["c1-s001", "c1-s002"], NodeIds(resumed));
    }

    [Fact]
    public async Task SessionsByExternalContact_AfterEndCursorOfUpstreamPage_ReadsOnlyTheNextPage()
    {
        // Arrange
        var client = new FakeSessionsClient().WithContact("c1", sessionCount: 5);
        var (firstPage, _, _) = await ExecuteAsync(client, Page("c1", first: 3));
        client.PageCalls.Clear();

        // Act
        var (secondPage, _, _) = await ExecuteAsync(client, Page("c1", first: 3, after: EndCursor(firstPage)));

        // Assert
        Assert.Equal(["c1-s003", "c1-s004"], NodeIds(secondPage));
        Assert.False(PageInfo(secondPage).GetProperty("hasNextPage").GetBoolean());
        Assert.Equal([("c1", 3, (string?)"pos3")], client.PageCalls);
    }

    [Fact]
    public async Task SessionsByExternalContact_PageLongerThanOneUpstreamPage_ContinuesOnTheNextUpstreamPage()
    {
        // Arrange: resuming after edge 99 of a 200-session page asks for 100..299, past the upstream's 200 cap.
        var client = new FakeSessionsClient().WithContact("c1", sessionCount: 250);
        var (firstPage, _, _) = await ExecuteAsync(client, Page("c1", first: 200));
        var cursor = firstPage.GetProperty("page").GetProperty("edges")[99].GetProperty("cursor").GetString();
        client.PageCalls.Clear();

        // Act
        var (nextPage, errors, _) = await ExecuteAsync(client, Page("c1", first: 200, after: cursor));

        // Assert
        Assert.Empty(errors);
        Assert.Equal(Enumerable.Range(100, 150).Select(i => $"c1-s{i:D3}"), NodeIds(nextPage));
        Assert.False(PageInfo(nextPage).GetProperty("hasNextPage").GetBoolean());
        Assert.Equal([("c1", 200, (string?)null), ("c1", 100, "pos200")], client.PageCalls);
    }

    [Fact]
    public async Task SessionsByExternalContact_TenAliases_FetchedInOneDispatch()
    {
        // Arrange
        var client = new FakeSessionsClient();
        for (var i = 0; i < 10; i++)
        {
            client.WithContact($"c{i}", sessionCount: 2);
        }

        var document = "{ " + string.Join(' ', Enumerable.Range(0, 10).Select(i => $"c{i}: sessionsByExternalContact(externalContactId: \"c{i}\") {{ nodes {{ id }} }}")) + " }";

        // Act
        var (data, errors, services) = await ExecuteAsync(client, document);

        // Assert
        Assert.Empty(errors);
        Assert.Equal(1, services.GetRequiredService<SessionsByExternalContactIdDataLoader>().DispatchCount);
        Assert.Equal(10, client.PageCalls.Count);
        Assert.Equal(2, data.GetProperty("c7").GetProperty("nodes").GetArrayLength());
    }

    [Fact]
    public async Task SessionsByExternalContact_UnknownContact_EmptyConnectionAndNotFound()
    {
        var (data, errors, _) = await ExecuteAsync(new FakeSessionsClient(), Page("nobody", first: 5));

        var page = data.GetProperty("page");
        Assert.Equal(0, page.GetProperty("edges").GetArrayLength());
        Assert.False(PageInfo(data).GetProperty("hasNextPage").GetBoolean());
        var error = Assert.Single(errors);
        Assert.Equal("NOT_FOUND", Code(error));
        Assert.Equal("page", error.GetProperty("path")[0].GetString());
    }

    [Theory]
    [InlineData(0)]
    [InlineData(201)]
    [InlineData(-5)]
    public async Task SessionsByExternalContact_FirstOutOfRange_EmptyConnectionAndBadUserInput(int first)
    {
        var client = new FakeSessionsClient().WithContact("c1", sessionCount: 1);

        var (data, errors, _) = await ExecuteAsync(client, Page("c1", first));

        Assert.Equal(0, data.GetProperty("page").GetProperty("edges").GetArrayLength());
        Assert.Equal("BAD_USER_INPUT", Code(Assert.Single(errors)));
        Assert.Empty(client.PageCalls);
    }

    [Theory]
    [InlineData("garbage")]
    [InlineData("c2MxOjIwMDphYmM")]
    public async Task SessionsByExternalContact_MalformedCursor_EmptyConnectionAndBadUserInput(string after)
    {
        var client = new FakeSessionsClient().WithContact("c1", sessionCount: 1);

        var (data, errors, _) = await ExecuteAsync(client, Page("c1", first: 1, after: after));

        Assert.Equal(0, data.GetProperty("page").GetProperty("edges").GetArrayLength());
        Assert.Equal("BAD_USER_INPUT", Code(Assert.Single(errors)));
        Assert.Empty(client.PageCalls);
    }

    [Fact]
    public async Task SessionsByExternalContact_UpstreamFails_EmptyConnectionWithUpstreamErrorAndSiblingsKept()
    {
        // Arrange
        var client = new FakeSessionsClient().WithFailingContact("broken").WithContact("c1", sessionCount: 2);
        const string document = """
            {
              broken: sessionsByExternalContact(externalContactId: "broken") { nodes { id } }
              fine: sessionsByExternalContact(externalContactId: "c1") { nodes { id } }
            }
            """;

        // Act
        var (data, errors, _) = await ExecuteAsync(client, document);

        // Assert
        Assert.Equal(0, data.GetProperty("broken").GetProperty("nodes").GetArrayLength());
        Assert.Equal(2, data.GetProperty("fine").GetProperty("nodes").GetArrayLength());
        var error = Assert.Single(errors);
        Assert.Equal("UPSTREAM_UNAVAILABLE", Code(error));
        Assert.Equal("broken", error.GetProperty("path")[0].GetString());
    }

    [Fact]
    public async Task Session_UnknownEnumValueAndAttributeMap_FallbackWithRawAndEntriesOrderedByKey()
    {
        // Arrange
        var session = FakeSessionsClient.NewSession("s1") with
        {
            OriginatingDirection = "Sideways",
            LastUserDisconnectType = "transportFailure",
            LastAcdOutcome = "FlowOut",
            Attributes = new()
            {
                ["zeta"] = new GenesysCloud.Models.CustomEventAttribute { DataType = "String", Value = "z" },
                ["alpha"] = new GenesysCloud.Models.CustomEventAttribute { DataType = "Number", Value = "1" },
            },
        };
        var client = new FakeSessionsClient().WithSession(session);
        const string document = """
            {
              session(id: "s1") {
                originatingDirection originatingDirectionRaw
                lastUserDisconnectType lastUserDisconnectTypeRaw
                lastAcdOutcome
                attributes { key value { dataType value } }
              }
            }
            """;

        // Act
        var (data, errors, _) = await ExecuteAsync(client, document);

        // Assert
        Assert.Empty(errors);
        var result = data.GetProperty("session");
        Assert.Equal("OUTDATED_SDK_VERSION", result.GetProperty("originatingDirection").GetString());
        Assert.Equal("Sideways", result.GetProperty("originatingDirectionRaw").GetString());
        Assert.Equal("TRANSPORT_FAILURE", result.GetProperty("lastUserDisconnectType").GetString());
        Assert.Equal("transportFailure", result.GetProperty("lastUserDisconnectTypeRaw").GetString());
        Assert.Equal("FLOW_OUT", result.GetProperty("lastAcdOutcome").GetString());
        Assert.Equal(["alpha", "zeta"], result.GetProperty("attributes").EnumerateArray().Select(entry => entry.GetProperty("key").GetString()));
    }

    [Fact]
    public async Task SessionsByExternalContactIdDataLoader_Page_PrimesSessionsById()
    {
        // Arrange
        var client = new FakeSessionsClient().WithContact("c1", sessionCount: 3);
        var options = Options.Create(new GenesysOptions());
        var sessionsById = new SessionByIdDataLoader(client, options, TestEntityCache.For(client));
        var pages = new SessionsByExternalContactIdDataLoader(client, options, sessionsById, TestEntityCache.For(client));

        // Act
        await pages.LoadAsync(new ExternalContactSessionsPageKey("c1", 25, null)).GetResultAsync(CancellationToken.None);
        var session = await sessionsById.LoadAsync("c1-s001").GetResultAsync(CancellationToken.None);

        // Assert
        Assert.Equal("c1-s001", session?.Id);
        Assert.Empty(client.SessionCalls);
    }

    private static string Page(string contactId, int first, string? after = null)
        => $$"""
            {
              page: sessionsByExternalContact(externalContactId: "{{contactId}}", first: {{first}}{{(after is null ? "" : $", after: \"{after}\"")}}) {
                edges { cursor node { id } }
                nodes { id }
                pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
              }
            }
            """;

    private static IEnumerable<string?> NodeIds(JsonElement data)
        => data.GetProperty("page").GetProperty("nodes").EnumerateArray().Select(node => node.GetProperty("id").GetString());

    private static JsonElement PageInfo(JsonElement data) => data.GetProperty("page").GetProperty("pageInfo");

    private static string? EndCursor(JsonElement data) => PageInfo(data).GetProperty("endCursor").GetString();

    private static string? Code(JsonElement error) => error.GetProperty("extensions").GetProperty("code").GetString();

    private static async Task<(JsonElement Data, JsonElement[] Errors, IServiceProvider RequestServices)> ExecuteAsync(FakeSessionsClient client, string document)
    {
        var services = new ServiceCollection()
            .AddSingleton<IGenesysCloudClient>(client)
            .AddSingleton(Options.Create(new GenesysOptions()))
            .AddTestEntityCache()
            .AddDataLoaders(typeof(SessionByIdDataLoader).Assembly)
            .BuildServiceProvider();
        var scope = services.CreateScope();

        var result = await new DocumentExecuter().ExecuteAsync(options =>
        {
            options.Schema = SessionsSchema.Value;
            options.Query = document;
            options.RequestServices = scope.ServiceProvider;
            options.ThrowOnUnhandledException = true;
        });

        using var json = JsonDocument.Parse(new GraphQLSerializer().Serialize(result));
        var root = json.RootElement.Clone();
        var errors = root.TryGetProperty("errors", out var list) ? list.EnumerateArray().ToArray() : [];
        var data = root.TryGetProperty("data", out var value) ? value : default;
        return (data, errors, scope.ServiceProvider);
    }
}
