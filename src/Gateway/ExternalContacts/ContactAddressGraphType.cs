using GenesysCloud.Models;
using GraphQL.Types;

namespace Gateway.ExternalContacts;

/// <summary>A postal address of a contact (SDK model <c>ContactAddress</c>).</summary>
public sealed class ContactAddressGraphType : ObjectGraphType<ContactAddress>
{
    public ContactAddressGraphType()
    {
        Name = "ContactAddress";
        Description = "A postal address of a contact.";
        Field("address1", x => x.Address1, nullable: true).Description("The first address line.");
        Field("address2", x => x.Address2, nullable: true).Description("The second address line.");
        Field(x => x.City, nullable: true).Description("The city.");
        Field(x => x.State, nullable: true).Description("The state or region.");
        Field(x => x.PostalCode, nullable: true).Description("The postal code.");
        Field(x => x.CountryCode, nullable: true).Description("The ISO country code.");
    }
}
