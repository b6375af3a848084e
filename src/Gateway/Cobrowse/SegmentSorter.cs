using Gateway.Common.Errors;
using Gateway.Filtering;
using GenesysCloud.Models;

namespace Gateway.Cobrowse;

/// <summary>
/// Sorts segments held in memory by the keys of <c>order</c>, as HotChocolate.Data's in-memory provider does:
/// entries apply in order (each later key breaks ties of the earlier ones), a missing value sorts first in
/// ascending order and last in descending order (the default comparers of LINQ to Objects), strings compare
/// ordinally, and ties keep the upstream order (stable). A key given as <c>null</c>, or an entry whose key order
/// is unknown (see <see cref="SegmentSortInput.KeyOrderKnown"/>), is refused (BAD_USER_INPUT).
/// </summary>
public static class SegmentSorter
{
    private const string ArgumentName = "order";

    public static IReadOnlyList<Segment> Sort(IReadOnlyList<Segment> segments, IReadOnlyList<SegmentSortInput>? order)
    {
        var keys = Validate(order);
        if (keys.Count == 0)
        {
            return segments;
        }

        IOrderedEnumerable<Segment>? sorted = null;
        foreach (var (field, direction) in keys)
        {
            sorted = field switch
            {
                SegmentSortField.StartTime => By(sorted, segments, s => s.StartTime, Comparer<DateTimeOffset?>.Default, direction),
                SegmentSortField.EndTime => By(sorted, segments, s => s.EndTime, Comparer<DateTimeOffset?>.Default, direction),
                SegmentSortField.Type => By(sorted, segments, s => s.Type, StringComparer.Ordinal, direction),
                SegmentSortField.HowEnded => By(sorted, segments, s => s.HowEnded, StringComparer.Ordinal, direction),
                SegmentSortField.DisconnectType => By(sorted, segments, s => s.DisconnectType, StringComparer.Ordinal, direction),
                _ => throw new ArgumentOutOfRangeException(nameof(order), field, "Unknown sort field."),
            };
        }

        return sorted!.ToList();
    }

    /// <summary>The keys of every entry, in order; an empty entry adds none, as in HotChocolate.</summary>
    private static List<(SegmentSortField Field, SortEnumType Direction)> Validate(IReadOnlyList<SegmentSortInput>? order)
    {
        var keys = new List<(SegmentSortField, SortEnumType)>();
        if (order is null)
        {
            return keys;
        }

        for (var i = 0; i < order.Count; i++)
        {
            if (!order[i].KeyOrderKnown && order[i].Keys.Count > 1)
            {
                throw new BadUserInputError(
                    $"'{ArgumentName}[{i}]' names several fields through a variable, where the order they were written in is lost: give one field per entry.",
                    ArgumentName);
            }

            foreach (var key in order[i].Keys)
            {
                var direction = key.Direction
                    ?? throw FilterErrors.NullNotSupported($"{ArgumentName}[{i}].{SegmentSortFields.NameOf(key.Field)}", ArgumentName);
                keys.Add((key.Field, direction));
            }
        }

        return keys;
    }

    private static IOrderedEnumerable<Segment> By<TKey>(
        IOrderedEnumerable<Segment>? sorted,
        IReadOnlyList<Segment> segments,
        Func<Segment, TKey> key,
        IComparer<TKey> comparer,
        SortEnumType direction)
        => (sorted, direction) switch
        {
            (null, SortEnumType.Asc) => segments.OrderBy(key, comparer),
            (null, _) => segments.OrderByDescending(key, comparer),
            (_, SortEnumType.Asc) => sorted.ThenBy(key, comparer),
            _ => sorted.ThenByDescending(key, comparer),
        };
}
