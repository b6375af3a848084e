using Gateway.Common;
using GenesysCloud.Models;
using GraphQL.Types;

namespace Gateway.Conversations;

/// <summary>Call wrap up or disposition data (SDK model <c>Wrapup</c>).</summary>
public sealed class WrapupGraphType : ObjectGraphType<Wrapup>
{
    public WrapupGraphType()
    {
        Name = "Wrapup";
        Description = "Call wrap up or disposition data.";
        Field(x => x.Code, nullable: true).Description("The user configured wrap up code id.");
        Field(x => x.Name, nullable: true).Description("The user configured wrap up code name.");
        Field(x => x.Notes, nullable: true).Description("Text entered by the agent to describe the call or disposition.");
        Field(x => x.Tags, type: typeof(ListGraphType<NonNullGraphType<StringGraphType>>)).Description("List of tags selected by the agent to describe the call or disposition.");
        Field(x => x.DurationSeconds, nullable: true).Description("The length of time in seconds that the agent spent doing after call work.");
        Field(x => x.EndTime, type: typeof(IsoDateTimeGraphType)).Description("The timestamp when the wrapup was finished. Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ");
        Field(x => x.Provider, nullable: true).Description("The source provider of the wrapup.");
    }
}
