namespace GenesysCloud.Models;

/// <summary>Customer's geolocation.</summary>
public sealed record JourneyGeolocation
{
    /// <summary>Geolocation's ISO 3166-1 alpha-2 country code.</summary>
    public string? Country { get; init; }

    /// <summary>Geolocation's country name.</summary>
    public string? CountryName { get; init; }

    /// <summary>Geolocation's latitude.</summary>
    public double? Latitude { get; init; }

    /// <summary>Geolocation's longitude.</summary>
    public double? Longitude { get; init; }

    /// <summary>Geolocation's locality or city.</summary>
    public string? Locality { get; init; }

    /// <summary>Geolocation's postal code or ZIP code.</summary>
    public string? PostalCode { get; init; }

    /// <summary>Geolocation's ISO-3166-2 region code.</summary>
    public string? Region { get; init; }

    /// <summary>Geolocation's region name.</summary>
    public string? RegionName { get; init; }

    /// <summary>The source that was used to determine the geolocation information.</summary>
    public string? Source { get; init; }

    /// <summary>Geolocation's timezone.</summary>
    public string? Timezone { get; init; }
}
