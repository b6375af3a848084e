namespace GenesysCloud.Models;

/// <summary>Call wrap up or disposition data.</summary>
public sealed record Wrapup
{
    /// <summary>The user configured wrap up code id.</summary>
    public string? Code { get; init; }

    /// <summary>The user configured wrap up code name.</summary>
    public string? Name { get; init; }

    /// <summary>Text entered by the agent to describe the call or disposition.</summary>
    public string? Notes { get; init; }

    /// <summary>List of tags selected by the agent to describe the call or disposition.</summary>
    public List<string>? Tags { get; init; }

    /// <summary>The length of time in seconds that the agent spent doing after call work.</summary>
    public int? DurationSeconds { get; init; }

    /// <summary>The timestamp when the wrapup was finished.</summary>
    public DateTimeOffset? EndTime { get; init; }

    /// <summary>The source provider of the wrapup.</summary>
    public string? Provider { get; init; }
}
