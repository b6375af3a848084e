using GenesysCloud.Models;
using GraphQL.Types;

namespace Gateway.Sessions;

/// <summary>The customer's geolocation in a journey session.</summary>
public sealed class JourneyGeolocationGraphType : ObjectGraphType<JourneyGeolocation>
{
    public JourneyGeolocationGraphType()
    {
        Name = "JourneyGeolocation";
        Description = "Customer's geolocation.";
        Field(x => x.Country, nullable: true).Description("Geolocation's ISO 3166-1 alpha-2 country code.");
        Field(x => x.CountryName, nullable: true).Description("Geolocation's country name.");
        Field(x => x.Latitude, nullable: true).Description("Geolocation's latitude.");
        Field(x => x.Longitude, nullable: true).Description("Geolocation's longitude.");
        Field(x => x.Locality, nullable: true).Description("Geolocation's locality or city.");
        Field(x => x.PostalCode, nullable: true).Description("Geolocation's postal code or ZIP code.");
        Field(x => x.Region, nullable: true).Description("Geolocation's ISO-3166-2 region code.");
        Field(x => x.RegionName, nullable: true).Description("Geolocation's region name.");
        Field(x => x.Source, nullable: true).Description("The source that was used to determine the geolocation information.");
        Field(x => x.Timezone, nullable: true).Description("Geolocation's timezone.");
    }
}
