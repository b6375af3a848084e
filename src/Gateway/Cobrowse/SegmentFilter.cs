using Gateway.Filtering;
using GenesysCloud.Models;

namespace Gateway.Cobrowse;

/// <summary>
/// Evaluates a <see cref="SegmentFilterInput"/> over segments held in memory, as HotChocolate.Data's in-memory
/// provider would: the fields of one input all must hold, <c>and</c>/<c>or</c> nest, an empty or null
/// <c>and</c>/<c>or</c> adds no condition, and a field given as <c>null</c> is refused (BAD_USER_INPUT).
/// The whole filter is checked before any segment is, so a bad filter fails even on an empty list.
/// </summary>
public static class SegmentFilter
{
    private const string ArgumentName = "where";

    /// <summary>The segments that match, in their original order; no filter keeps them all.</summary>
    public static IReadOnlyList<Segment> Apply(IReadOnlyList<Segment> segments, SegmentFilterInput? filter)
    {
        if (filter is null)
        {
            return segments;
        }

        var matches = Compile(filter);
        return segments.Where(matches).ToList();
    }

    /// <summary>Checks <paramref name="filter"/> and turns it into a predicate.</summary>
    public static Func<Segment, bool> Compile(SegmentFilterInput filter) => Compile(filter, ArgumentName);

    private static Func<Segment, bool> Compile(SegmentFilterInput filter, string path)
    {
        var conditions = new List<Func<Segment, bool>>();

        if (filter.And is { Count: > 0 } and)
        {
            var nested = and.Select((item, i) => Compile(item, $"{path}.and[{i}]")).ToArray();
            conditions.Add(segment => nested.All(condition => condition(segment)));
        }

        if (filter.Or is { Count: > 0 } or)
        {
            var nested = or.Select((item, i) => Compile(item, $"{path}.or[{i}]")).ToArray();
            conditions.Add(segment => nested.Any(condition => condition(segment)));
        }

        AddString(filter.Type, "type", segment => segment.Type);
        AddString(filter.HowEnded, "howEnded", segment => segment.HowEnded);
        AddString(filter.DisconnectType, "disconnectType", segment => segment.DisconnectType);
        AddDateTime(filter.StartTime, "startTime", segment => segment.StartTime);
        AddDateTime(filter.EndTime, "endTime", segment => segment.EndTime);

        return conditions.Count switch
        {
            0 => static _ => true,
            1 => conditions[0],
            _ => segment => conditions.TrueForAll(condition => condition(segment)),
        };

        void AddString(FilterValue<StringOperationFilterInput?>? field, string name, Func<Segment, string?> select)
        {
            if (field is null)
            {
                return;
            }

            var operations = field.Value ?? throw FilterErrors.NullNotSupported($"{path}.{name}", ArgumentName);
            var matches = StringOperationFilter.Compile(operations, $"{path}.{name}", ArgumentName);
            conditions.Add(segment => matches(select(segment)));
        }

        void AddDateTime(FilterValue<DateTimeOperationFilterInput?>? field, string name, Func<Segment, DateTimeOffset?> select)
        {
            if (field is null)
            {
                return;
            }

            var operations = field.Value ?? throw FilterErrors.NullNotSupported($"{path}.{name}", ArgumentName);
            var matches = DateTimeOperationFilter.Compile(operations, $"{path}.{name}", ArgumentName);
            conditions.Add(segment => matches(select(segment)));
        }
    }
}
