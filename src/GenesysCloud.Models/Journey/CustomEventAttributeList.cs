namespace GenesysCloud.Models;

/// <summary>A list-type custom attribute of a session's event stream.</summary>
public sealed record CustomEventAttributeList
{
    /// <summary>The data type of the custom attributes.</summary>
    public string? DataType { get; init; }

    /// <summary>The list of custom event attribute values.</summary>
    public List<string>? Values { get; init; }
}
