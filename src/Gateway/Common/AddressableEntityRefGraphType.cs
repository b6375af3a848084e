using GenesysCloud.Models;
using GraphQL.Types;

namespace Gateway.Common;

/// <summary>A reference to another entity by id, as the platform sends it.</summary>
public sealed class AddressableEntityRefGraphType : ObjectGraphType<AddressableEntityRef>
{
    public AddressableEntityRefGraphType()
    {
        Name = "AddressableEntityRef";
        Description = "A reference to another entity by id.";
        Field(x => x.Id, type: typeof(NonNullGraphType<IdGraphType>)).Description("The globally unique identifier for the object.");
        Field(x => x.SelfUri, nullable: true).Description("The URI for this object.");
    }
}
