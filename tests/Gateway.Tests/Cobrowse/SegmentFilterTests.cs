using Gateway.Cobrowse;
using Gateway.Common.Errors;
using Gateway.Filtering;
using GenesysCloud.Models;

namespace Gateway.Tests.Cobrowse;

public sealed class SegmentFilterTests
{
    private static readonly DateTimeOffset Start = new(2024, 5, 1, 10, 0, 0, TimeSpan.Zero);

    // Five segments of one co-browse time line; "open" has not ended yet.
    private static readonly Segment Alerting = new() { Type = "Alert", StartTime = Start, EndTime = Start.AddMinutes(1), HowEnded = "Connect" };
    private static readonly Segment Interact = new() { Type = "Interact", StartTime = Start.AddMinutes(1), EndTime = Start.AddMinutes(5), HowEnded = "Hold" };
    private static readonly Segment Hold = new() { Type = "Hold", StartTime = Start.AddMinutes(5), EndTime = Start.AddMinutes(6), HowEnded = "Disconnect", DisconnectType = "peer" };
    private static readonly Segment Wrapup = new() { Type = "Wrapup", StartTime = Start.AddMinutes(6), EndTime = Start.AddMinutes(7), DisconnectType = "client" };
    private static readonly Segment Open = new() { Type = "Interact", StartTime = Start.AddMinutes(7) };
    private static readonly IReadOnlyList<Segment> Segments = [Alerting, Interact, Hold, Wrapup, Open];

    private static IReadOnlyList<Segment> Apply(SegmentFilterInput? filter) => SegmentFilter.Apply(Segments, filter);

    [Fact]
    public void Apply_NoFilter_KeepsEverySegmentInOrder()
        => Assert.Same(Segments, Apply(null));

    [Fact]
    public void Apply_EmptyFilter_KeepsEverySegment()
        => Assert.Equal(Segments, Apply(new SegmentFilterInput()));

    [Fact]
    public void Apply_TypeEq_KeepsMatchingSegmentsInUpstreamOrder()
        => Assert.Equal([Interact, Open], Apply(new() { Type = new(new() { Eq = new("Interact") }) }));

    [Fact]
    public void Apply_HowEndedEqNull_KeepsSegmentsWithoutIt()
        => Assert.Equal([Wrapup, Open], Apply(new() { HowEnded = new(new() { Eq = new(null) }) }));

    [Fact]
    public void Apply_DisconnectTypeIn_KeepsListedValues()
        => Assert.Equal([Hold, Wrapup], Apply(new() { DisconnectType = new(new() { In = new(["peer", "client"]) }) }));

    [Fact]
    public void Apply_EndTimeEqNull_KeepsOpenSegments()
        => Assert.Equal([Open], Apply(new() { EndTime = new(new() { Eq = new(null) }) }));

    [Fact]
    public void Apply_StartTimeRange_KeepsSegmentsInside()
        => Assert.Equal([Interact, Hold], Apply(new() { StartTime = new(new() { Gte = new(Start.AddMinutes(1)), Lt = new(Start.AddMinutes(6)) }) }));

    [Fact]
    public void Apply_EndTimeNlt_KeepsLaterAndOpenSegments()
        => Assert.Equal([Hold, Wrapup, Open], Apply(new() { EndTime = new(new() { Nlt = new(Start.AddMinutes(6)) }) }));

    [Fact]
    public void Apply_SeveralFields_AllMustHold()
        => Assert.Equal([Interact], Apply(new() { Type = new(new() { Eq = new("Interact") }), EndTime = new(new() { Neq = new(null) }) }));

    [Fact]
    public void Apply_Or_KeepsSegmentsMatchingAny()
    {
        var filter = new SegmentFilterInput
        {
            Or =
            [
                new() { Type = new(new() { Eq = new("Alert") }) },
                new() { DisconnectType = new(new() { Eq = new("client") }) },
            ],
        };

        Assert.Equal([Alerting, Wrapup], Apply(filter));
    }

    [Fact]
    public void Apply_And_KeepsSegmentsMatchingAll()
    {
        var filter = new SegmentFilterInput
        {
            And =
            [
                new() { Type = new(new() { Neq = new("Alert") }) },
                new() { HowEnded = new(new() { Neq = new(null) }) },
            ],
        };

        Assert.Equal([Interact, Hold], Apply(filter));
    }

    [Fact]
    public void Apply_OrInsideAndBesideAField_CombinesAll()
    {
        // type starts with "H" or "W", and (ended before minute 7 or ended by the peer)
        var filter = new SegmentFilterInput
        {
            Type = new(new() { Or = [new() { StartsWith = new("H") }, new() { StartsWith = new("W") }] }),
            And =
            [
                new()
                {
                    Or =
                    [
                        new() { EndTime = new(new() { Lt = new(Start.AddMinutes(7)) }) },
                        new() { DisconnectType = new(new() { Eq = new("peer") }) },
                    ],
                },
            ],
        };

        Assert.Equal([Hold], Apply(filter));
    }

    [Fact]
    public void Apply_EmptyAndOr_AddNoCondition()
        => Assert.Equal(Segments, Apply(new() { And = [], Or = [] }));

    [Fact]
    public void Apply_OrOfNoMatches_KeepsNothing()
        => Assert.Empty(Apply(new() { Or = [new() { Type = new(new() { Eq = new("nothing") }) }] }));

    [Fact]
    public void Apply_EmptySegmentList_StillChecksTheFilter()
        => Assert.Throws<BadUserInputError>(() => SegmentFilter.Apply([], new() { Type = new(null) }));

    [Theory]
    [InlineData("type")]
    [InlineData("howEnded")]
    [InlineData("disconnectType")]
    [InlineData("startTime")]
    [InlineData("endTime")]
    public void Compile_FieldGivenAsNull_IsBadUserInput(string field)
    {
        var filter = field switch
        {
            "type" => new SegmentFilterInput { Type = new(null) },
            "howEnded" => new SegmentFilterInput { HowEnded = new(null) },
            "disconnectType" => new SegmentFilterInput { DisconnectType = new(null) },
            "startTime" => new SegmentFilterInput { StartTime = new(null) },
            _ => new SegmentFilterInput { EndTime = new(null) },
        };

        var error = Assert.Throws<BadUserInputError>(() => SegmentFilter.Compile(filter));

        Assert.Equal(GatewayErrorCodes.BadUserInput, error.Code);
        Assert.Equal("where", error.Data["argument"]);
        Assert.Contains($"'where.{field}'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Compile_BadOperationDeepInside_NamesItsPath()
    {
        var filter = new SegmentFilterInput
        {
            Or = [new() { Type = new(new() { Eq = new("x") }) }, new() { And = [new() { StartTime = new(new() { Gt = new(null) }) }] }],
        };

        var error = Assert.Throws<BadUserInputError>(() => SegmentFilter.Compile(filter));

        Assert.Contains("'where.or[1].and[0].startTime.gt'", error.Message, StringComparison.Ordinal);
    }
}
