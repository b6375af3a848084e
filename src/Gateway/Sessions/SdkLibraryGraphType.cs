using GenesysCloud.Models;
using GraphQL.Types;

namespace Gateway.Sessions;

/// <summary>The SDK library that generated a session's events.</summary>
public sealed class SdkLibraryGraphType : ObjectGraphType<SdkLibrary>
{
    public SdkLibraryGraphType()
    {
        Name = "SdkLibrary";
        Description = "SDK library used to generate the events for the session (for app and web sessions).";
        Field(x => x.Name, nullable: true).Description("The name of the SDK.");
        Field(x => x.Version, nullable: true).Description("The version of the SDK.");
    }
}
