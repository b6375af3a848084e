using GenesysCloud.Models;
using GraphQL.Types;

namespace Gateway.Sessions;

/// <summary>One entry of the session's <c>attributes</c> map (GraphQL has no map type: a key and its value).</summary>
public sealed class CustomEventAttributeEntryGraphType : ObjectGraphType<KeyValuePair<string, CustomEventAttribute>>
{
    public CustomEventAttributeEntryGraphType()
    {
        Name = "CustomEventAttributeEntry";
        Description = "One entry of a map of custom event attributes: the attribute's name and its value.";
        Field("key", x => x.Key, type: typeof(NonNullGraphType<StringGraphType>)).Description("The name of the attribute.");
        Field("value", x => x.Value, type: typeof(NonNullGraphType<CustomEventAttributeGraphType>)).Description("The attribute.");
    }
}
