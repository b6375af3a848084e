using System.Text.Json;

namespace GenesysCloud.Models;

/// <summary>A journey segment (`GET /api/v2/journey/segments/{segmentId}`).</summary>
public sealed record JourneySegment
{
    /// <summary>The ID of the segment.</summary>
    public required string Id { get; init; }

    /// <summary>Whether or not the segment is active.</summary>
    public bool? IsActive { get; init; }

    /// <summary>The display name of the segment.</summary>
    public string? DisplayName { get; init; }

    /// <summary>The version of the segment.</summary>
    public int? Version { get; init; }

    /// <summary>A description of the segment.</summary>
    public string? Description { get; init; }

    /// <summary>The hexadecimal color value of the segment.</summary>
    public string? Color { get; init; }

    /// <summary>The target entity that a segment applies to (Session, Customer).</summary>
    public string? Scope { get; init; }

    /// <summary>Whether or not the segment should be displayed to agent/supervisor users.</summary>
    public bool? ShouldDisplayToAgent { get; init; }

    /// <summary>The context of the segment.</summary>
    public JsonElement? Context { get; init; }

    /// <summary>The pattern of rules defining the segment.</summary>
    public JsonElement? Journey { get; init; }

    /// <summary>Details of an entity corresponding to this segment in an external system.</summary>
    public ExternalSegment? ExternalSegment { get; init; }

    /// <summary>Time, in days, from when the segment is assigned until it is automatically unassigned.</summary>
    public int? AssignmentExpirationDays { get; init; }

    /// <summary>The URI for this object.</summary>
    public string? SelfUri { get; init; }

    /// <summary>Timestamp indicating when the segment was created.</summary>
    public DateTimeOffset? CreatedDate { get; init; }

    /// <summary>Timestamp indicating when the segment was last updated.</summary>
    public DateTimeOffset? ModifiedDate { get; init; }
}
