using System.Globalization;
using GenesysCloud.Models;

namespace GenesysCloud.Simulator.Seed;

internal static class ExternalContactGenerator
{
    private static readonly string[] CompanyNames =
    [
        "Northwind Traders", "Contoso Outdoor", "Fabrikam Sports", "Tailspin Toys", "Adventure Works", "Wingtip Supplies",
        "Lucerne Publishing", "Alpine Ski House", "Coho Winery", "Proseware", "Litware", "Trey Research", "Woodgrove Bank",
        "Fourth Coffee", "Margie's Travel", "Humongous Insurance", "Blue Yonder Airlines", "Consolidated Messenger",
        "Graphic Design Institute", "Wide World Importers",
    ];

    public static ExternalContact Create(GenerationContext context, int index)
    {
        var plan = context.Plan;
        var id = plan.ContactIds[index];
        var random = context.Values("externalcontact", index);

        var first = random.Pick(SampleValues.FirstNames);
        var last = random.Pick(SampleValues.LastNames);
        var city = random.Pick(SampleValues.Cities);
        var emailName = $"{first}.{last}".ToLowerInvariant().Replace("'", "", StringComparison.Ordinal);
        var created = context.Now - random.Between(TimeSpan.FromDays(120), TimeSpan.FromDays(1200));
        var modified = created + random.Between(TimeSpan.FromHours(1), context.Now - created - TimeSpan.FromDays(1));

        DomainEntityRef? organization = null;
        if (random.Chance(0.25))
        {
            var orgIndex = random.Next(plan.ExternalOrganizationIds.Length);
            var orgId = plan.ExternalOrganizationIds[orgIndex];
            organization = new DomainEntityRef { Id = orgId, Name = CompanyNames[orgIndex % CompanyNames.Length], SelfUri = SelfUris.ExternalOrganization(orgId) };
        }

        return new ExternalContact
        {
            Id = id,
            FirstName = first,
            MiddleName = random.Chance(0.3) ? random.Pick(SampleValues.MiddleNames) : null,
            LastName = last,
            Salutation = random.Chance(0.4) ? random.Pick(SampleValues.Salutations) : null,
            Title = random.Chance(0.6) ? random.Pick(SampleValues.ContactTitles) : null,
            WorkPhone = random.Chance(0.5) ? Phone(random, city) : null,
            CellPhone = random.Chance(0.85) ? Phone(random, city, mobile: true) : null,
            HomePhone = random.Chance(0.3) ? Phone(random, city) : null,
            OtherPhone = random.Chance(0.05) ? Phone(random, city) : null,
            WorkEmail = organization is null ? null : $"{emailName}@{organization.Name!.ToLowerInvariant().Replace(" ", "", StringComparison.Ordinal).Replace("'", "", StringComparison.Ordinal)}.example",
            PersonalEmail = random.Chance(0.9) ? $"{emailName}{random.Next(1, 100)}@{random.Pick(SampleValues.EmailDomains)}" : null,
            OtherEmail = random.Chance(0.1) ? $"{emailName}.alt@{random.Pick(SampleValues.EmailDomains)}" : null,
            Address = random.Chance(0.8)
                ? new ContactAddress
                {
                    Address1 = $"{random.Next(1, 400)} {random.Pick(SampleValues.Streets)}",
                    Address2 = random.Chance(0.2) ? $"Apt {random.Next(1, 60)}" : null,
                    City = city.Locality,
                    State = city.Region,
                    PostalCode = city.PostalCode,
                    CountryCode = city.Country,
                }
                : null,
            ExternalOrganization = organization,
            ModifyDate = modified,
            CreateDate = created,
            ExternalSystemUrl = random.Chance(0.3) ? $"https://crm.example.com/customers/{random.Digits(7)}" : null,
            Type = random.Chance(0.9) ? "Curated" : "Identified",
            SelfUri = SelfUris.ExternalContact(id),
        };
    }

    // 555-01xx and the other countries' digits are fictional; numbers only need the platform's shape.
    private static PhoneNumber Phone(Random random, SampleValues.City city, bool mobile = false)
    {
        string e164;
        string display;
        if (city.CallingCode == "1")
        {
            var area = random.Next(201, 990).ToString(CultureInfo.InvariantCulture);
            var line = random.Next(100, 200).ToString("0000", CultureInfo.InvariantCulture);
            e164 = $"+1{area}555{line}";
            display = $"+1 {area}-555-{line}";
        }
        else
        {
            var national = random.Digits(9);
            e164 = $"+{city.CallingCode}{national}";
            display = $"+{city.CallingCode} {national[..3]} {national[3..6]} {national[6..]}";
        }

        return new PhoneNumber
        {
            Display = display,
            AcceptsSMS = mobile && random.Chance(0.8),
            NormalizationCountryCode = city.Country,
            UserInput = display,
            E164 = e164,
            CountryCode = city.Country,
        };
    }
}
