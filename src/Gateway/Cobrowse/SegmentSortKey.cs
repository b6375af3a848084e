using Gateway.Filtering;

namespace Gateway.Cobrowse;

/// <summary>One sort key; a <c>null</c> direction is what the client wrote, and is refused when sorting.</summary>
public sealed record SegmentSortKey(SegmentSortField Field, SortEnumType? Direction);
