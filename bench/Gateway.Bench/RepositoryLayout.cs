namespace Gateway.Bench;

/// <summary>
/// Where the builds the benchmark runs are, found from the repository root (the folder holding <c>Gateway.sln</c>): the
/// gateway as it ships (<c>build/publish.sh</c>'s ReadyToRun publish, which <c>bench/run.sh</c> writes to
/// <c>bench/bin/gateway</c>), the simulator and the ceiling in Release.
/// </summary>
internal sealed class RepositoryLayout
{
    private RepositoryLayout(string root) => Root = root;

    public string Root { get; }

    public string GatewayDll => Path.Combine(Root, "bench", "bin", "gateway", "Gateway.dll");

    public string SimulatorDll => Path.Combine(Root, "src", "GenesysCloud.Simulator", "bin", "Release", "net10.0", "GenesysCloud.Simulator.dll");

    public string CeilingDll => Path.Combine(Root, "bench", "Gateway.Bench.Ceiling", "bin", "Release", "net10.0", "Gateway.Bench.Ceiling.dll");

    public string DefaultReportPath => Path.Combine(Root, "bench", "results", "latest.md");

    public string DefaultSubscriptionReportPath => Path.Combine(Root, "bench", "results", "subscriptions-latest.md");

    /// <summary>Walks up from the benchmark's own folder, then from the working directory, to the repository root.</summary>
    public static RepositoryLayout Locate()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
            {
                if (File.Exists(Path.Combine(folder.FullName, "Gateway.sln")))
                {
                    return new RepositoryLayout(folder.FullName);
                }
            }
        }

        throw new BenchmarkFailedException("cannot find the repository root (a folder holding Gateway.sln) above the benchmark or the working directory");
    }

    /// <summary>Fails with the build command when a build the benchmark needs is missing.</summary>
    public void RequireBuilds()
    {
        foreach (var dll in new[] { GatewayDll, SimulatorDll, CeilingDll })
        {
            if (!File.Exists(dll))
            {
                throw new BenchmarkFailedException($"{Path.GetRelativePath(Root, dll)} is missing: run bash bench/run.sh (it builds and publishes first)");
            }
        }
    }
}
