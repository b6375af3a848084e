namespace GenesysCloud.Models;

/// <summary>The most recent event of a session.</summary>
public sealed record SessionLastEvent
{
    /// <summary>The globally unique identifier for the object.</summary>
    public string? Id { get; init; }

    /// <summary>The name of the event.</summary>
    public string? EventName { get; init; }

    /// <summary>Timestamp indicating when the event was published.</summary>
    public DateTimeOffset? CreatedDate { get; init; }
}
