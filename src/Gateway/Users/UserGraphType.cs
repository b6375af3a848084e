using Gateway.Common;
using GenesysCloud.Models;
using GraphQL.Types;

namespace Gateway.Users;

/// <summary>A user of the organization (SDK model <c>User</c>).</summary>
public sealed class UserGraphType : ObjectGraphType<User>
{
    public UserGraphType()
    {
        Name = "User";
        Description = "A user of the organization.";
        Field(x => x.Id, type: typeof(NonNullGraphType<IdGraphType>)).Description("The globally unique identifier for the object.");
        Field(x => x.Name, nullable: true).Description("The user's name.");
        Field(x => x.Division, type: typeof(DomainEntityRefGraphType)).Description("The division to which this entity belongs.");
        Field(x => x.Department, nullable: true).Description("The user's department.");
        Field(x => x.Email, nullable: true).Description("The user's email.");
        Field(x => x.State, nullable: true).Description("The state of the user. This property is read-only (active, inactive, deleted).");
        Field(x => x.Title, nullable: true).Description("The user's title.");
        Field(x => x.Username, nullable: true).Description("The user's username.");
        Field(x => x.Manager, type: typeof(DomainEntityRefGraphType)).Description("The user's manager.");
        Field(x => x.Version, nullable: true).Description("Required when updating a user, this value should be the current version of the user. The current version can be obtained with a GET on the user before doing a PATCH.");
        Field(x => x.SelfUri, nullable: true).Description("The URI for this object.");
    }
}
