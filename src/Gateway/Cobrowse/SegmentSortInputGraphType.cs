using Gateway.Filtering;
using GraphQL.Types;

namespace Gateway.Cobrowse;

/// <summary>HotChocolate.Data-style <c>SegmentSortInput</c> (one entry of the <c>order</c> of <c>Cobrowsesession.segments</c>).</summary>
public sealed class SegmentSortInputGraphType : InputObjectGraphType<SegmentSortInput>
{
    public SegmentSortInputGraphType()
    {
        Name = "SegmentSortInput";
        Description = "Sort keys for segments. Several fields in one entry apply in the order written; through a variable, give one field per entry.";
        Field<SortEnumTypeGraphType>("startTime").Description("Sort by when the segment began.");
        Field<SortEnumTypeGraphType>("endTime").Description("Sort by when the segment ended.");
        Field<SortEnumTypeGraphType>("type").Description("Sort by the segment's type (ordinal).");
        Field<SortEnumTypeGraphType>("howEnded").Description("Sort by how the segment ended (ordinal).");
        Field<SortEnumTypeGraphType>("disconnectType").Description("Sort by the segment's disconnect type (ordinal).");
    }

    public override object ParseDictionary(IDictionary<string, object?> value)
    {
        // The engine hands the fields over in schema order, not as written: with several keys the order is unknown
        // here, and SegmentSortArgument restores it from the document when the entry is written there.
        var keys = new List<SegmentSortKey>(value.Count);
        foreach (var field in Enum.GetValues<SegmentSortField>())
        {
            if (value.TryGetValue(SegmentSortFields.NameOf(field), out var direction))
            {
                keys.Add(new SegmentSortKey(field, (SortEnumType?)direction));
            }
        }

        return new SegmentSortInput(keys) { KeyOrderKnown = keys.Count <= 1 };
    }
}
