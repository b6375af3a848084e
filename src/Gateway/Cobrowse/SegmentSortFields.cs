namespace Gateway.Cobrowse;

/// <summary>The GraphQL names of the <see cref="SegmentSortField"/> values.</summary>
internal static class SegmentSortFields
{
    public static string NameOf(SegmentSortField field) => field switch
    {
        SegmentSortField.StartTime => "startTime",
        SegmentSortField.EndTime => "endTime",
        SegmentSortField.Type => "type",
        SegmentSortField.HowEnded => "howEnded",
        SegmentSortField.DisconnectType => "disconnectType",
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, "Unknown sort field."),
    };
}
