namespace GenesysCloud.Models;

/// <summary>An outcome achieved by the customer.</summary>
public sealed record OutcomeAchievement
{
    /// <summary>The outcome that was achieved.</summary>
    public AddressableEntityRef? Outcome { get; init; }

    /// <summary>Timestamp indicating when the outcome was achieved.</summary>
    public DateTimeOffset? AchievedDate { get; init; }
}
