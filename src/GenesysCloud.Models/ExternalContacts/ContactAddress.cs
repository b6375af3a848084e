namespace GenesysCloud.Models;

/// <summary>A postal address of a contact.</summary>
public sealed record ContactAddress
{
    /// <summary>The first address line.</summary>
    public string? Address1 { get; init; }

    /// <summary>The second address line.</summary>
    public string? Address2 { get; init; }

    /// <summary>The city.</summary>
    public string? City { get; init; }

    /// <summary>The state or region.</summary>
    public string? State { get; init; }

    /// <summary>The postal code.</summary>
    public string? PostalCode { get; init; }

    /// <summary>The ISO country code.</summary>
    public string? CountryCode { get; init; }
}
