using GraphQL.Types;

namespace Gateway.Conversations;

/// <summary>One ad-hoc participant attribute, <c>{ key, value }</c>.</summary>
public sealed class ParticipantAttributeGraphType : ObjectGraphType<ParticipantAttribute>
{
    public ParticipantAttributeGraphType()
    {
        Name = "ParticipantAttribute";
        Description = "One ad-hoc attribute of a participant.";
        Field(x => x.Key).Description("The attribute name.");
        Field(x => x.Value, nullable: true).Description("The attribute value.");
    }
}
