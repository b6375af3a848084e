namespace GenesysCloud.Models;

/// <summary>The SDK library that generated a session's events.</summary>
public sealed record SdkLibrary
{
    /// <summary>The name of the SDK.</summary>
    public string? Name { get; init; }

    /// <summary>The version of the SDK.</summary>
    public string? Version { get; init; }
}
