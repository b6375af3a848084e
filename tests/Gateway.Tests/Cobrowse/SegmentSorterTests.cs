using Gateway.Cobrowse;
using Gateway.Common.Errors;
using Gateway.Filtering;
using GenesysCloud.Models;

namespace Gateway.Tests.Cobrowse;

public sealed class SegmentSorterTests
{
    private static readonly DateTimeOffset T0 = new(2024, 5, 1, 10, 0, 0, TimeSpan.Zero);

    private static readonly Segment A = new() { Type = "b", StartTime = T0.AddMinutes(2), HowEnded = "x" };
    private static readonly Segment B = new() { Type = "a", StartTime = T0.AddMinutes(1), HowEnded = "y" };
    private static readonly Segment C = new() { Type = null, StartTime = T0.AddMinutes(3), HowEnded = "x" };
    private static readonly Segment D = new() { Type = "a", StartTime = null, HowEnded = "x" };
    private static readonly Segment E = new() { Type = "B", StartTime = T0.AddMinutes(1), HowEnded = null };
    private static readonly IReadOnlyList<Segment> Segments = [A, B, C, D, E];

    private static SegmentSortInput By(SegmentSortField field, SortEnumType? direction) => new([new(field, direction)]);

    [Fact]
    public void Sort_NoOrder_KeepsUpstreamOrder()
    {
        Assert.Same(Segments, SegmentSorter.Sort(Segments, null));
        Assert.Same(Segments, SegmentSorter.Sort(Segments, []));
    }

    [Fact]
    public void Sort_StartTimeAsc_PutsMissingFirst()
        => Assert.Equal([D, B, E, A, C], SegmentSorter.Sort(Segments, [By(SegmentSortField.StartTime, SortEnumType.Asc)]));

    [Fact]
    public void Sort_StartTimeDesc_PutsMissingLastAndKeepsTiesInUpstreamOrder()
        => Assert.Equal([C, A, B, E, D], SegmentSorter.Sort(Segments, [By(SegmentSortField.StartTime, SortEnumType.Desc)]));

    [Fact]
    public void Sort_TypeAsc_IsOrdinalWithMissingFirst()
        => Assert.Equal([C, E, B, D, A], SegmentSorter.Sort(Segments, [By(SegmentSortField.Type, SortEnumType.Asc)]));

    [Fact]
    public void Sort_TypeDesc_IsOrdinalWithMissingLast()
        => Assert.Equal([A, B, D, E, C], SegmentSorter.Sort(Segments, [By(SegmentSortField.Type, SortEnumType.Desc)]));

    [Fact]
    public void Sort_TwoEntries_SecondBreaksTiesOfFirst()
    {
        SegmentSortInput[] order = [By(SegmentSortField.HowEnded, SortEnumType.Asc), By(SegmentSortField.StartTime, SortEnumType.Desc)];

        Assert.Equal([E, C, A, D, B], SegmentSorter.Sort(Segments, order));
    }

    [Fact]
    public void Sort_ThreeKeys_ApplyInOrder()
    {
        SegmentSortInput[] order =
        [
            By(SegmentSortField.Type, SortEnumType.Desc),
            new([new(SegmentSortField.StartTime, SortEnumType.Asc), new(SegmentSortField.HowEnded, SortEnumType.Asc)]),
        ];

        Assert.Equal([A, D, B, E, C], SegmentSorter.Sort(Segments, order));
    }

    [Fact]
    public void Sort_EndTime_AllMissing_KeepsUpstreamOrder()
        => Assert.Equal(Segments, SegmentSorter.Sort(Segments, [By(SegmentSortField.EndTime, SortEnumType.Asc)]));

    [Fact]
    public void Sort_DisconnectType_AllMissing_KeepsUpstreamOrder()
        => Assert.Equal(Segments, SegmentSorter.Sort(Segments, [By(SegmentSortField.DisconnectType, SortEnumType.Desc)]));

    [Fact]
    public void Sort_EmptyEntry_AddsNoKey()
        => Assert.Equal([D, B, E, A, C], SegmentSorter.Sort(Segments, [new([]), By(SegmentSortField.StartTime, SortEnumType.Asc)]));

    [Fact]
    public void Sort_NullDirection_IsBadUserInputEvenWithoutSegments()
    {
        var error = Assert.Throws<BadUserInputError>(() => SegmentSorter.Sort([], [By(SegmentSortField.Type, SortEnumType.Asc), By(SegmentSortField.HowEnded, null)]));

        Assert.Equal(GatewayErrorCodes.BadUserInput, error.Code);
        Assert.Equal("order", error.Data["argument"]);
        Assert.Contains("'order[1].howEnded'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Sort_SeveralKeysInOneEntryWithUnknownOrder_IsBadUserInput()
    {
        var entry = new SegmentSortInput([new(SegmentSortField.Type, SortEnumType.Asc), new(SegmentSortField.StartTime, SortEnumType.Asc)]) { KeyOrderKnown = false };

        var error = Assert.Throws<BadUserInputError>(() => SegmentSorter.Sort(Segments, [entry]));

        Assert.Contains("'order[0]'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Sort_OneKeyWithUnknownOrder_IsAccepted()
    {
        var entry = new SegmentSortInput([new(SegmentSortField.StartTime, SortEnumType.Asc)]) { KeyOrderKnown = false };

        Assert.Equal([D, B, E, A, C], SegmentSorter.Sort(Segments, [entry]));
    }
}
