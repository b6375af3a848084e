using GenesysCloud.Models;
using GraphQL.Types;

namespace Gateway.Sessions;

/// <summary>A web page of a customer's journey.</summary>
public sealed class JourneyPageGraphType : ObjectGraphType<JourneyPage>
{
    public JourneyPageGraphType()
    {
        Name = "JourneyPage";
        Description = "A web page of a customer's journey.";
        Field(x => x.Url, nullable: true).Description("The page URL.");
        Field(x => x.Title, nullable: true).Description("Title of the page.");
        Field(x => x.Domain, nullable: true).Description("Domain of the page's URL.");
        Field(x => x.Fragment, nullable: true).Description("Fragment or hash of the page's URL.");
        Field(x => x.Hostname, nullable: true).Description("Hostname of the page's URL.");
        Field(x => x.Keywords, nullable: true).Description("Keywords from the HTML meta tag of the page.");
        Field(x => x.Lang, nullable: true).Description("ISO 639-1 language code for the page as defined in the html tag.");
        Field(x => x.Pathname, nullable: true).Description("Path name of the page for the event.");
        Field(x => x.QueryString, nullable: true).Description("Query string that is passed to the page in the current event.");
        Field(x => x.Breadcrumb, type: typeof(ListGraphType<NonNullGraphType<StringGraphType>>)).Description("Hierarchy of the current page in relation to the website's structure.");
    }
}
