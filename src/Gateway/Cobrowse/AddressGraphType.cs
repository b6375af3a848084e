using GenesysCloud.Models;
using GraphQL.Types;

namespace Gateway.Cobrowse;

/// <summary>Address and name data for a call endpoint (SDK model <c>Address</c>).</summary>
public sealed class AddressGraphType : ObjectGraphType<Address>
{
    public AddressGraphType()
    {
        Name = "Address";
        Description = "Address and name data for a call endpoint.";
        Field(x => x.Name, nullable: true).Description("This will be nameRaw if present, or a locality lookup of the address field otherwise.");
        Field(x => x.NameRaw, nullable: true).Description("The name as close to the bits on the wire as possible.");
        Field(x => x.AddressNormalized, nullable: true).Description("The normalized address. This field is acquired from the Address Normalization Table. The addressRaw could have gone through some transformations, such as only using the numeric portion, before being run through the Address Normalization Table.");
        Field(x => x.AddressRaw, nullable: true).Description("The address as close to the bits on the wire as possible.");
        Field(x => x.AddressDisplayable, nullable: true).Description("The displayable address. This field is acquired from the Address Normalization Table. The addressRaw could have gone through some transformations, such as only using the numeric portion, before being run through the Address Normalization Table.");
    }
}
