using Gateway.Common;
using Gateway.DataLoading;
using Gateway.Limits;
using GenesysCloud.Models;
using GraphQL;
using GraphQL.Types;

namespace Gateway.Sessions;

/// <summary>A segment assigned to the customer in a journey session; the segment is loaded by id.</summary>
public sealed class SessionSegmentAssignmentGraphType : ObjectGraphType<SessionSegmentAssignment>
{
    public SessionSegmentAssignmentGraphType()
    {
        Name = "SessionSegmentAssignment";
        Description = "A segment assigned to the customer in a session.";
        Field<JourneySegmentGraphType>("segment")
            .Description("The segment that was assigned, loaded by its id (null when the assignment names none; null and a NOT_FOUND error when the segment no longer exists).")
            .WithCost(FieldCostExtensions.UpstreamWeight)
            .Resolve(context => EntityReference.Load<JourneySegmentByIdDataLoader, JourneySegment>(context, context.Source.Segment?.Id, "JourneySegment"));
        Field(x => x.AssignedDate, type: typeof(IsoDateTimeGraphType))
            .Description("Timestamp indicating when the segment was assigned. Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss[.mmm]Z");
    }
}
