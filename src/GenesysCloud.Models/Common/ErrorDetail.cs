namespace GenesysCloud.Models;

/// <summary>One detail of an error body.</summary>
public sealed record ErrorDetail
{
    /// <summary>A detail code.</summary>
    public string? ErrorCode { get; init; }

    /// <summary>The field the detail is about.</summary>
    public string? FieldName { get; init; }

    /// <summary>The entity id the detail is about.</summary>
    public string? EntityId { get; init; }

    /// <summary>The entity name the detail is about.</summary>
    public string? EntityName { get; init; }
}
