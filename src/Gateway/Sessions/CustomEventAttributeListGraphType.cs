using GenesysCloud.Models;
using GraphQL.Types;

namespace Gateway.Sessions;

/// <summary>A list-type custom attribute projected from a session's event stream.</summary>
public sealed class CustomEventAttributeListGraphType : ObjectGraphType<CustomEventAttributeList>
{
    public CustomEventAttributeListGraphType()
    {
        Name = "CustomEventAttributeList";
        Description = "A list-type custom attribute projected from the session's event stream.";
        Field(x => x.DataType, nullable: true).Description("The data type of the custom attributes.");
        Field(x => x.Values, type: typeof(ListGraphType<NonNullGraphType<StringGraphType>>)).Description("The list of custom event attribute values.");
    }
}
