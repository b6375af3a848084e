using GenesysCloud.Models;
using GraphQL.Types;

namespace Gateway.Sessions;

/// <summary>A custom attribute projected from a session's event stream.</summary>
public sealed class CustomEventAttributeGraphType : ObjectGraphType<CustomEventAttribute>
{
    public CustomEventAttributeGraphType()
    {
        Name = "CustomEventAttribute";
        Description = "A custom attribute projected from the session's event stream.";
        Field(x => x.DataType, nullable: true).Description("The data type of the custom attribute.");
        Field(x => x.Value, nullable: true).Description("The value of the custom attribute.");
    }
}
