using GenesysCloud.Models;
using GraphQL.Types;

namespace Gateway.Sessions;

/// <summary>The application a customer interacts with in an app session.</summary>
public sealed class JourneyAppGraphType : ObjectGraphType<JourneyApp>
{
    public JourneyAppGraphType()
    {
        Name = "JourneyApp";
        Description = "Application that the customer is interacting with (for app sessions).";
        Field(x => x.Name, nullable: true).Description("Name of the application (e.g. mybankingapp).");
        Field(x => x.Namespace, nullable: true).Description("Namespace of the application (e.g. com.genesys.bancodinero).");
        Field(x => x.Version, nullable: true).Description("Version of the application (e.g. 5.9.27).");
        Field(x => x.BuildNumber, nullable: true).Description("Build number of the application (e.g. 701).");
    }
}
