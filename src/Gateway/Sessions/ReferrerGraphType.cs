using GenesysCloud.Models;
using GraphQL.Types;

namespace Gateway.Sessions;

/// <summary>The page that originally generated the request for the page being viewed.</summary>
public sealed class ReferrerGraphType : ObjectGraphType<Referrer>
{
    public ReferrerGraphType()
    {
        Name = "Referrer";
        Description = "Identifies the page URL that originally generated the request for the current page being viewed.";
        Field(x => x.Url, nullable: true).Description("Referrer URL.");
        Field(x => x.Domain, nullable: true).Description("Referrer URL domain.");
        Field(x => x.Hostname, nullable: true).Description("Referrer URL hostname.");
        Field(x => x.Keywords, nullable: true).Description("Referrer keywords.");
        Field(x => x.Pathname, nullable: true).Description("Referrer URL pathname.");
        Field(x => x.QueryString, nullable: true).Description("Referrer URL querystring.");
        Field(x => x.Fragment, nullable: true).Description("Referrer URL fragment.");
        Field(x => x.Name, nullable: true).Description("Name of referrer (e.g. Yahoo!, Google, InfoSpace).");
        Field(x => x.Medium, nullable: true).Description("Type of referrer (internal, search, social, email, unknown, paid).");
    }
}
