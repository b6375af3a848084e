namespace GenesysCloud.Models;

/// <summary>An activity segment of a communication's time line.</summary>
public sealed record Segment
{
    /// <summary>The timestamp when this segment began.</summary>
    public DateTimeOffset? StartTime { get; init; }

    /// <summary>The timestamp when this segment ended.</summary>
    public DateTimeOffset? EndTime { get; init; }

    /// <summary>The activity taking place for the participant in the segment.</summary>
    public string? Type { get; init; }

    /// <summary>A description of the event that ended the segment.</summary>
    public string? HowEnded { get; init; }

    /// <summary>A description of the event that disconnected the segment.</summary>
    public string? DisconnectType { get; init; }
}
