using GenesysCloud.Models;
using GraphQL.Types;

namespace Gateway.Sessions;

/// <summary>The entity in an external system a journey segment corresponds to.</summary>
public sealed class ExternalSegmentGraphType : ObjectGraphType<ExternalSegment>
{
    public ExternalSegmentGraphType()
    {
        Name = "ExternalSegment";
        Description = "Details of an entity corresponding to a segment in an external system.";
        Field(x => x.Id, type: typeof(IdGraphType)).Description("Identifier of the external segment.");
        Field(x => x.Name, nullable: true).Description("Name for the external segment in the system where it originates from.");
        Field(x => x.Source, nullable: true).Description("The external system where the segment originates from (AdobeTarget, Custom).");
    }
}
