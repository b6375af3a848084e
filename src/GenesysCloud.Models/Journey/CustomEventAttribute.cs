namespace GenesysCloud.Models;

/// <summary>A custom attribute of a session's event stream.</summary>
public sealed record CustomEventAttribute
{
    /// <summary>The data type of the custom attribute.</summary>
    public string? DataType { get; init; }

    /// <summary>The value of the custom attribute.</summary>
    public string? Value { get; init; }
}
