using Gateway.Filtering;

namespace Gateway.Cobrowse;

/// <summary>A condition on a <c>Segment</c>, HotChocolate.Data style: every field given must hold (AND).</summary>
public sealed record SegmentFilterInput
{
    public IReadOnlyList<SegmentFilterInput>? And { get; init; }

    public IReadOnlyList<SegmentFilterInput>? Or { get; init; }

    public FilterValue<StringOperationFilterInput?>? Type { get; init; }

    public FilterValue<StringOperationFilterInput?>? HowEnded { get; init; }

    public FilterValue<StringOperationFilterInput?>? DisconnectType { get; init; }

    public FilterValue<DateTimeOperationFilterInput?>? StartTime { get; init; }

    public FilterValue<DateTimeOperationFilterInput?>? EndTime { get; init; }
}
