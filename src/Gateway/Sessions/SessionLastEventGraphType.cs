using Gateway.Common;
using GenesysCloud.Models;
using GraphQL.Types;

namespace Gateway.Sessions;

/// <summary>The most recent event of a journey session.</summary>
public sealed class SessionLastEventGraphType : ObjectGraphType<SessionLastEvent>
{
    public SessionLastEventGraphType()
    {
        Name = "SessionLastEvent";
        Description = "Information about the most recent event in a session.";
        Field(x => x.Id, type: typeof(IdGraphType)).Description("The globally unique identifier for the object.");
        Field(x => x.EventName, nullable: true).Description("The name of the event.");
        Field(x => x.CreatedDate, type: typeof(IsoDateTimeGraphType))
            .Description("Timestamp indicating when the event was published. Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss[.mmm]Z");
    }
}
