namespace GenesysCloud.Models;

/// <summary>A cursor-paged listing of journey sessions.</summary>
public sealed record SessionListing
{
    /// <summary>The sessions of this page.</summary>
    public List<Session>? Entities { get; init; }

    /// <summary>The URI of the next page; absent on the last page.</summary>
    public string? NextUri { get; init; }

    /// <summary>The URI of this page.</summary>
    public string? SelfUri { get; init; }

    /// <summary>The URI of the previous page.</summary>
    public string? PreviousUri { get; init; }
}
