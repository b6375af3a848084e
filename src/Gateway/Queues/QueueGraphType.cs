using Gateway.Common;
using GenesysCloud.Models;
using GraphQL.Types;

namespace Gateway.Queues;

/// <summary>A routing queue (SDK model <c>Queue</c>).</summary>
public sealed class QueueGraphType : ObjectGraphType<Queue>
{
    public QueueGraphType()
    {
        Name = "Queue";
        Description = "A routing queue.";
        Field(x => x.Id, type: typeof(NonNullGraphType<IdGraphType>)).Description("The globally unique identifier for the object.");
        Field(x => x.Name, nullable: true).Description("The queue name.");
        Field(x => x.Division, type: typeof(DomainEntityRefGraphType)).Description("The division to which this entity belongs.");
        Field(x => x.Description, nullable: true).Description("The queue description.");
        Field(x => x.DateCreated, type: typeof(IsoDateTimeGraphType)).Description("The date the queue was created. Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ");
        Field(x => x.DateModified, type: typeof(IsoDateTimeGraphType)).Description("The date of the last modification to the queue. Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ");
        Field(x => x.ModifiedBy, nullable: true).Description("The ID of the user that last modified the queue.");
        Field(x => x.CreatedBy, nullable: true).Description("The ID of the user that created the queue.");
        Field(x => x.MemberCount, nullable: true).Description("The total number of members in the queue.");
        Field(x => x.UserMemberCount, nullable: true).Description("The number of user members (i.e., direct members and group members) in the queue.");
        Field(x => x.JoinedMemberCount, nullable: true).Description("The number of joined members in the queue.");
        Field(x => x.SelfUri, nullable: true).Description("The URI for this object.");
    }
}
