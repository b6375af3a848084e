namespace GenesysCloud.Models;

/// <summary>A segment assigned to the customer in a session.</summary>
public sealed record SessionSegmentAssignment
{
    /// <summary>The segment that was assigned.</summary>
    public AddressableEntityRef? Segment { get; init; }

    /// <summary>Timestamp indicating when the segment was assigned.</summary>
    public DateTimeOffset? AssignedDate { get; init; }
}
