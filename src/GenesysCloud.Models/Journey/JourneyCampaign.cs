namespace GenesysCloud.Models;

/// <summary>Marketing / traffic source information.</summary>
public sealed record JourneyCampaign
{
    /// <summary>Differentiate ads or links that point to the same URL (e.g. textlink).</summary>
    public string? Content { get; init; }

    /// <summary>Identify a medium such as email or cost-per-click (e.g. CPC).</summary>
    public string? Medium { get; init; }

    /// <summary>Identify a specific product promotion or strategic campaign (e.g. 320banner).</summary>
    public string? Name { get; init; }

    /// <summary>Identify a search engine, newsletter name, or other source (e.g. Google).</summary>
    public string? Source { get; init; }

    /// <summary>Note the keywords for this ad (e.g. running+shoes).</summary>
    public string? Term { get; init; }

    /// <summary>The click ID (unique number that is generated when a potential customer clicks on an affiliate link).</summary>
    public string? ClickId { get; init; }

    /// <summary>The ad network to which the click ID belongs.</summary>
    public string? Network { get; init; }
}
