using GenesysCloud.Models;
using GraphQL.Types;

namespace Gateway.ExternalContacts;

/// <summary>A phone number of a contact (SDK model <c>PhoneNumber</c>).</summary>
public sealed class PhoneNumberGraphType : ObjectGraphType<PhoneNumber>
{
    public PhoneNumberGraphType()
    {
        Name = "PhoneNumber";
        Description = "A phone number of a contact.";
        Field(x => x.Display, nullable: true).Description("The number as displayed.");
        Field(x => x.Extension, nullable: true).Description("The extension.");
        Field("acceptsSMS", x => x.AcceptsSMS, nullable: true).Description("Whether the number accepts SMS.");
        Field(x => x.NormalizationCountryCode, nullable: true).Description("The country code used to normalize the number.");
        Field(x => x.UserInput, nullable: true).Description("The number as the user typed it.");
        Field("e164", x => x.E164, nullable: true).Description("The number in E.164 format.");
        Field(x => x.CountryCode, nullable: true).Description("The ISO country code.");
    }
}
