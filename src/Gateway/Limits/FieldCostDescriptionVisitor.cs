using GraphQL.Types;
using GraphQL.Utilities;

namespace Gateway.Limits;

/// <summary>Appends each weighed field's cost to its description, so the SDL, the IDE and introspection show the weights the ceiling uses.</summary>
public sealed class FieldCostDescriptionVisitor : BaseSchemaNodeVisitor
{
    public override void VisitObjectFieldDefinition(FieldType field, IObjectGraphType type, ISchema schema)
    {
        ArgumentNullException.ThrowIfNull(field);
        if (field.GetCost() is { } cost)
        {
            field.Description = string.IsNullOrEmpty(field.Description) ? cost.Describe() : $"{field.Description} {cost.Describe()}";
        }
    }
}
