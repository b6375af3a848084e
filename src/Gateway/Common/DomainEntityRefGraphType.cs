using GenesysCloud.Models;
using GraphQL.Types;

namespace Gateway.Common;

/// <summary>A named reference to another entity.</summary>
public sealed class DomainEntityRefGraphType : ObjectGraphType<DomainEntityRef>
{
    public DomainEntityRefGraphType()
    {
        Name = "DomainEntityRef";
        Description = "A named reference to another entity.";
        Field(x => x.Id, type: typeof(IdGraphType)).Description("The globally unique identifier for the object.");
        Field(x => x.Name, nullable: true).Description("The entity name.");
        Field(x => x.SelfUri, nullable: true).Description("The URI for this object.");
    }
}
