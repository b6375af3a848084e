namespace Gateway.Bench.Processes;

/// <summary>The <c>dotnet</c> executable that runs the gateway and simulator builds: the one running this benchmark when it can tell.</summary>
internal static class DotnetHost
{
    public static string Path
    {
        get
        {
            var current = Environment.ProcessPath;
            return current is not null && System.IO.Path.GetFileNameWithoutExtension(current) == "dotnet" ? current : "dotnet";
        }
    }
}
