using Gateway.Common;
using GenesysCloud.Models;
using GraphQL.Types;

namespace Gateway.Sessions;

/// <summary>An outcome the customer achieved in a journey session.</summary>
public sealed class OutcomeAchievementGraphType : ObjectGraphType<OutcomeAchievement>
{
    public OutcomeAchievementGraphType()
    {
        Name = "OutcomeAchievement";
        Description = "An outcome achieved by the customer.";
        Field(x => x.Outcome, type: typeof(AddressableEntityRefGraphType)).Description("The outcome that was achieved.");
        Field(x => x.AchievedDate, type: typeof(IsoDateTimeGraphType))
            .Description("Timestamp indicating when the outcome was achieved. Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss[.mmm]Z");
    }
}
