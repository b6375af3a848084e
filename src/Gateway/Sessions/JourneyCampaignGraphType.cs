using GenesysCloud.Models;
using GraphQL.Types;

namespace Gateway.Sessions;

/// <summary>Marketing / traffic source information of a journey session.</summary>
public sealed class JourneyCampaignGraphType : ObjectGraphType<JourneyCampaign>
{
    public JourneyCampaignGraphType()
    {
        Name = "JourneyCampaign";
        Description = "Marketing / traffic source information.";
        Field(x => x.Content, nullable: true).Description("Differentiate ads or links that point to the same URL (e.g. textlink).");
        Field(x => x.Medium, nullable: true).Description("Identify a medium such as email or cost-per-click (e.g. CPC).");
        Field(x => x.Name, nullable: true).Description("Identify a specific product promotion or strategic campaign (e.g. 320banner).");
        Field(x => x.Source, nullable: true).Description("Identify a search engine, newsletter name, or other source (e.g. Google).");
        Field(x => x.Term, nullable: true).Description("Note the keywords for this ad (e.g. running+shoes).");
        Field(x => x.ClickId, nullable: true).Description("The click ID (unique number that is generated when a potential customer clicks on an affiliate link).");
        Field(x => x.Network, nullable: true).Description("The ad network to which the click ID belongs.");
    }
}
