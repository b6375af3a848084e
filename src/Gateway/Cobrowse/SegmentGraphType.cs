using Gateway.Common;
using Gateway.Filtering;
using GenesysCloud.Models;
using GraphQL.Types;

namespace Gateway.Cobrowse;

/// <summary>An activity segment of a communication's time line (SDK model <c>Segment</c>).</summary>
public sealed class SegmentGraphType : ObjectGraphType<Segment>
{
    public SegmentGraphType()
    {
        Name = "Segment";
        Description = "An activity segment of a communication's time line.";
        Field(x => x.StartTime, type: typeof(IsoDateTimeGraphType)).Description("The timestamp when this segment began. Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ");
        Field(x => x.EndTime, type: typeof(IsoDateTimeGraphType)).Description("The timestamp when this segment ended. Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ");
        Field(x => x.Type, nullable: true).Description("The activity taking place for the participant in the segment.");
        Field(x => x.HowEnded, nullable: true).Description("A description of the event that ended the segment.");
        Field(x => x.DisconnectType, nullable: true).Description("A description of the event that disconnected the segment.");
    }
}
