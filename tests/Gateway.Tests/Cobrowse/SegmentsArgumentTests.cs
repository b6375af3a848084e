using System.Text.Json;
using Gateway.Filtering;
using Gateway.Tests.Conversations;
using GenesysCloud.Models;

namespace Gateway.Tests.Cobrowse;

/// <summary><c>Cobrowsesession.segments(where:, order:)</c> as a client writes it, literals and variables alike.</summary>
public sealed class SegmentsArgumentTests : IDisposable
{
    private static readonly DateTimeOffset T0 = new(2024, 5, 1, 10, 0, 0, TimeSpan.Zero);

    private readonly CountingGenesysClient _client;
    private readonly FeatureSchema _schema;

    public SegmentsArgumentTests()
    {
        Segment[] segments =
        [
            new() { Type = "Alert", StartTime = T0, EndTime = T0.AddMinutes(1), HowEnded = "Connect" },
            new() { Type = "Interact", StartTime = T0.AddMinutes(1), EndTime = T0.AddMinutes(5) },
            new() { Type = "Hold", StartTime = T0.AddMinutes(5), EndTime = T0.AddMinutes(6), HowEnded = "Disconnect", DisconnectType = "peer" },
            new() { Type = "Interact", StartTime = T0.AddMinutes(6) },
        ];
        _client = new CountingGenesysClient().WithConversations(new Conversation
        {
            Id = "c1",
            Participants = [new Participant { Cobrowsesessions = [new Cobrowsesession { Id = "cs1", Segments = [.. segments] }, new Cobrowsesession { Id = "cs2" }] }],
        });
        _schema = new FeatureSchema(_client);
    }

    public void Dispose() => _schema.Dispose();

    private async Task<(JsonElement Answer, List<string?> Types)> SegmentsAsync(string arguments, string? variablesJson = null, string variableDefinitions = "")
    {
        var answer = await _schema.ExecuteAsync(
            $$"""query Q{{variableDefinitions}} { cobrowseSessions(conversationId: "c1") { segments{{arguments}} { type startTime } } }""",
            variablesJson);
        var segments = answer.GetProperty("data").ValueKind == JsonValueKind.Null
            ? default
            : answer.Data("cobrowseSessions")[0].GetProperty("segments");
        return (answer, segments.ValueKind == JsonValueKind.Array ? segments.Strings("type") : []);
    }

    [Fact]
    public async Task Segments_NoArguments_AreTheUpstreamTimeLine()
    {
        var (answer, types) = await SegmentsAsync("");

        Assert.Empty(answer.Errors());
        Assert.Equal(["Alert", "Interact", "Hold", "Interact"], types);
        Assert.Equal(JsonValueKind.Null, answer.Data("cobrowseSessions")[1].GetProperty("segments").ValueKind);
    }

    [Fact]
    public async Task Segments_WhereEqNullLiteral_MatchesMissingValues()
    {
        var (answer, types) = await SegmentsAsync("(where: { howEnded: { eq: null } })");

        Assert.Empty(answer.Errors());
        Assert.Equal(["Interact", "Interact"], types);
    }

    [Fact]
    public async Task Segments_WhereWithOrAndDateTimes_FromLiteral()
    {
        var (answer, types) = await SegmentsAsync("""
            (where: { or: [ { type: { in: ["Alert"] } }, { startTime: { gte: "2024-05-01T12:05:00+02:00" }, endTime: { neq: null } } ] })
            """);

        Assert.Empty(answer.Errors());
        Assert.Equal(["Alert", "Hold"], types);
    }

    [Fact]
    public async Task Segments_WhereFromVariables_FiltersLikeTheLiteral()
    {
        var (answer, types) = await SegmentsAsync(
            "(where: $where)",
            """{ "where": { "type": { "startsWith": "In", "nin": [null] }, "endTime": { "eq": null } } }""",
            "($where: SegmentFilterInput)");

        Assert.Empty(answer.Errors());
        Assert.Equal(["Interact"], types);
        Assert.Equal("2024-05-01T10:06:00.000Z", answer.Data("cobrowseSessions")[0].GetProperty("segments")[0].GetProperty("startTime").GetString());
    }

    [Theory]
    [InlineData("(where: { type: { contains: null } })", "where.type.contains")]
    [InlineData("(where: { startTime: { lt: null } })", "where.startTime.lt")]
    [InlineData("(where: { type: null })", "where.type")]
    [InlineData("(where: { and: [{ howEnded: { in: null } }] })", "where.and[0].howEnded.in")]
    [InlineData("(order: [{ type: null }])", "order[0].type")]
    public async Task Segments_NullWhereHotChocolateRefusesIt_IsBadUserInputOnThatField(string arguments, string path)
    {
        var (answer, _) = await SegmentsAsync(arguments);

        // Both sessions refuse the argument (the second has no segments at all).
        Assert.Equal(["cobrowseSessions.0.segments", "cobrowseSessions.1.segments"], answer.Errors().Select(error => error.PathText()));
        var error = answer.Errors()[0];
        Assert.Equal("BAD_USER_INPUT", error.Code());
        Assert.Contains($"'{path}'", error.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Null, answer.Data("cobrowseSessions")[0].GetProperty("segments").ValueKind);
    }

    [Fact]
    public async Task Segments_AndOrNull_AddNoCondition()
    {
        var (answer, types) = await SegmentsAsync("(where: { and: null, or: [] })");

        Assert.Empty(answer.Errors());
        Assert.Equal(4, types.Count);
    }

    [Fact]
    public async Task Segments_OrderEntries_ApplyInTurn()
    {
        var (answer, types) = await SegmentsAsync("(order: [{ type: DESC }, { startTime: ASC }])");

        Assert.Empty(answer.Errors());
        Assert.Equal(["Interact", "Interact", "Hold", "Alert"], types);
        var starts = answer.Data("cobrowseSessions")[0].GetProperty("segments").Strings("startTime");
        Assert.Equal("2024-05-01T10:01:00.000Z", starts[0]);
        Assert.Equal("2024-05-01T10:06:00.000Z", starts[1]);
    }

    [Fact]
    public async Task Segments_OrderByHowEndedAsc_PutsMissingFirst()
    {
        var (_, types) = await SegmentsAsync("(order: { howEnded: ASC })");

        Assert.Equal(["Interact", "Interact", "Alert", "Hold"], types);
    }

    [Fact]
    public async Task Segments_FilterAndOrderFromVariables_FilterThenSort()
    {
        var (answer, types) = await SegmentsAsync(
            "(where: $where, order: $order)",
            """{ "where": { "endTime": { "neq": null } }, "order": [{ "startTime": "DESC" }] }""",
            "($where: SegmentFilterInput, $order: [SegmentSortInput!])");

        Assert.Empty(answer.Errors());
        Assert.Equal(["Hold", "Interact", "Alert"], types);
    }

    [Theory]
    [InlineData("(order: { howEnded: ASC, type: DESC })", new[] { "Interact", "Interact", "Alert", "Hold" })]
    [InlineData("(order: { type: DESC, howEnded: ASC })", new[] { "Interact", "Interact", "Hold", "Alert" })]
    [InlineData("(order: [{ startTime: DESC }, { howEnded: ASC, type: DESC }])", new[] { "Interact", "Hold", "Interact", "Alert" })]
    public async Task Segments_SeveralKeysInOneLiteralEntry_ApplyInTheOrderWritten(string arguments, string[] expected)
    {
        var (answer, types) = await SegmentsAsync(arguments);

        Assert.Empty(answer.Errors());
        Assert.Equal(expected, types);
    }

    [Fact]
    public async Task Segments_LiteralEntryWithVariableDirections_KeepsTheOrderWritten()
    {
        var (answer, types) = await SegmentsAsync(
            "(order: { howEnded: $first, type: $second })",
            """{ "first": "ASC", "second": "DESC" }""",
            "($first: SortEnumType, $second: SortEnumType)");

        Assert.Empty(answer.Errors());
        Assert.Equal(["Interact", "Interact", "Alert", "Hold"], types);
    }

    [Theory]
    [InlineData("(order: $order)", "($order: [SegmentSortInput!])", """{ "order": [{ "type": "DESC" }, { "howEnded": "ASC", "type": "DESC" }] }""")]
    [InlineData("(order: [{ startTime: ASC }, $entry])", "($entry: SegmentSortInput!)", """{ "entry": { "howEnded": "ASC", "type": "DESC" } }""")]
    public async Task Segments_SeveralKeysInOneEntryFromAVariable_IsBadUserInput(string arguments, string definitions, string variables)
    {
        var (answer, _) = await SegmentsAsync(arguments, variables, definitions);

        var error = answer.Errors()[0];
        Assert.Equal("BAD_USER_INPUT", error.Code());
        Assert.Contains("'order[1]'", error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Segments_OneKeyPerEntryFromAVariable_SortsInListOrder()
    {
        var (answer, types) = await SegmentsAsync(
            "(order: $order)",
            """{ "order": [{ "howEnded": "ASC" }, { "type": "DESC" }] }""",
            "($order: [SegmentSortInput!])");

        Assert.Empty(answer.Errors());
        Assert.Equal(["Interact", "Interact", "Alert", "Hold"], types);
    }
}
