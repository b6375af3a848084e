using GenesysCloud.Models;
using GraphQL.Types;

namespace Gateway.Sessions;

/// <summary>One entry of the session's <c>attributeLists</c> map (GraphQL has no map type: a key and its value).</summary>
public sealed class CustomEventAttributeListEntryGraphType : ObjectGraphType<KeyValuePair<string, CustomEventAttributeList>>
{
    public CustomEventAttributeListEntryGraphType()
    {
        Name = "CustomEventAttributeListEntry";
        Description = "One entry of a map of list-type custom event attributes: the attribute's name and its values.";
        Field("key", x => x.Key, type: typeof(NonNullGraphType<StringGraphType>)).Description("The name of the attribute.");
        Field("value", x => x.Value, type: typeof(NonNullGraphType<CustomEventAttributeListGraphType>)).Description("The list-type attribute.");
    }
}
