namespace Gateway.Cobrowse;

/// <summary>A <c>Segment</c> field one can sort by.</summary>
public enum SegmentSortField
{
    StartTime,
    EndTime,
    Type,
    HowEnded,
    DisconnectType,
}
