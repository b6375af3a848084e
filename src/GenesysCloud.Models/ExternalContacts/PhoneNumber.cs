namespace GenesysCloud.Models;

/// <summary>A phone number of a contact.</summary>
public sealed record PhoneNumber
{
    /// <summary>The number as displayed.</summary>
    public string? Display { get; init; }

    /// <summary>The extension.</summary>
    public int? Extension { get; init; }

    /// <summary>Whether the number accepts SMS.</summary>
    public bool? AcceptsSMS { get; init; }

    /// <summary>The country code used to normalize the number.</summary>
    public string? NormalizationCountryCode { get; init; }

    /// <summary>The number as the user typed it.</summary>
    public string? UserInput { get; init; }

    /// <summary>The number in E.164 format.</summary>
    public string? E164 { get; init; }

    /// <summary>The ISO country code.</summary>
    public string? CountryCode { get; init; }
}
