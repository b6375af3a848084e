namespace GenesysCloud.Models;

/// <summary>A routing queue (`GET /api/v2/routing/queues/{queueId}`).</summary>
public sealed record Queue
{
    /// <summary>The globally unique identifier for the object.</summary>
    public required string Id { get; init; }

    /// <summary>The queue name.</summary>
    public string? Name { get; init; }

    /// <summary>The division to which this entity belongs.</summary>
    public DomainEntityRef? Division { get; init; }

    /// <summary>The queue description.</summary>
    public string? Description { get; init; }

    /// <summary>The date the queue was created.</summary>
    public DateTimeOffset? DateCreated { get; init; }

    /// <summary>The date of the last modification to the queue.</summary>
    public DateTimeOffset? DateModified { get; init; }

    /// <summary>The ID of the user that last modified the queue.</summary>
    public string? ModifiedBy { get; init; }

    /// <summary>The ID of the user that created the queue.</summary>
    public string? CreatedBy { get; init; }

    /// <summary>The total number of members in the queue.</summary>
    public int? MemberCount { get; init; }

    /// <summary>The number of user members in the queue.</summary>
    public int? UserMemberCount { get; init; }

    /// <summary>The number of joined members in the queue.</summary>
    public int? JoinedMemberCount { get; init; }

    /// <summary>The URI for this object.</summary>
    public string? SelfUri { get; init; }
}
