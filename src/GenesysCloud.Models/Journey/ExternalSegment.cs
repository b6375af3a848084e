namespace GenesysCloud.Models;

/// <summary>An entity corresponding to a segment in an external system.</summary>
public sealed record ExternalSegment
{
    /// <summary>Identifier of the external segment.</summary>
    public string? Id { get; init; }

    /// <summary>Name for the external segment in the system where it originates from.</summary>
    public string? Name { get; init; }

    /// <summary>The external system where the segment originates from (AdobeTarget, Custom).</summary>
    public string? Source { get; init; }
}
