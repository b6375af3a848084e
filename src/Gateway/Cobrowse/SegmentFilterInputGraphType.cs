using Gateway.Filtering;
using GraphQL.Types;

namespace Gateway.Cobrowse;

/// <summary>HotChocolate.Data-style <c>SegmentFilterInput</c> (the <c>where</c> of <c>Cobrowsesession.segments</c>).</summary>
public sealed class SegmentFilterInputGraphType : InputObjectGraphType<SegmentFilterInput>
{
    public SegmentFilterInputGraphType()
    {
        Name = "SegmentFilterInput";
        Description = "A condition on a segment; all fields given must hold.";
        Field<ListGraphType<NonNullGraphType<SegmentFilterInputGraphType>>>("and").Description("Every one of these must hold.");
        Field<ListGraphType<NonNullGraphType<SegmentFilterInputGraphType>>>("or").Description("At least one of these must hold.");
        Field<StringOperationFilterInputGraphType>("type").Description("Conditions on the segment's type.");
        Field<StringOperationFilterInputGraphType>("howEnded").Description("Conditions on how the segment ended.");
        Field<StringOperationFilterInputGraphType>("disconnectType").Description("Conditions on the segment's disconnect type.");
        Field<DateTimeOperationFilterInputGraphType>("startTime").Description("Conditions on when the segment began.");
        Field<DateTimeOperationFilterInputGraphType>("endTime").Description("Conditions on when the segment ended.");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) => new SegmentFilterInput
    {
        And = FilterInputValues.Conditions<SegmentFilterInput>(value, "and"),
        Or = FilterInputValues.Conditions<SegmentFilterInput>(value, "or"),
        Type = FilterInputValues.Given<StringOperationFilterInput>(value, "type"),
        HowEnded = FilterInputValues.Given<StringOperationFilterInput>(value, "howEnded"),
        DisconnectType = FilterInputValues.Given<StringOperationFilterInput>(value, "disconnectType"),
        StartTime = FilterInputValues.Given<DateTimeOperationFilterInput>(value, "startTime"),
        EndTime = FilterInputValues.Given<DateTimeOperationFilterInput>(value, "endTime"),
    };
}
