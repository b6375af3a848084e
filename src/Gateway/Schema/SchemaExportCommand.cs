using GraphQL;
using GraphQL.Types;
using GraphQL.Utilities;

namespace Gateway.Schema;

/// <summary>
/// <c>dotnet run --project src/Gateway -- schema export [path]</c>: prints the schema's SDL to a file
/// (default <c>schema/schema.graphql</c>) or, with <c>-</c>, to standard output.
/// </summary>
public static class SchemaExportCommand
{
    public const string DefaultPath = "schema/schema.graphql";

    public static bool IsRequested(string[] args) => args is ["schema", "export", ..];

    public static async Task<int> RunAsync(string[] args)
    {
        var path = args.Length > 2 ? args[2] : Path.Combine(RepositoryRoot(), DefaultPath);
        var sdl = PrintGatewaySchema();
        if (path == "-")
        {
            await Console.Out.WriteAsync(sdl);
            return 0;
        }

        await File.WriteAllTextAsync(path, sdl);
        await Console.Out.WriteLineAsync($"Schema written to {Path.GetFullPath(path)}");
        return 0;
    }

    /// <summary>The SDL as committed in <c>schema/schema.graphql</c>: descriptions included, a trailing newline.</summary>
    public static string Print(ISchema schema)
    {
        // Sorted by name so the file's diff shows a schema change, not a registration-order change.
        var sdl = schema.Print(new PrintOptions { IncludeDescriptions = true, IncludeDeprecationReasons = true, StringComparison = StringComparison.Ordinal });
        return sdl.ReplaceLineEndings("\n").TrimEnd('\n') + "\n";
    }

    // `dotnet run` starts in the project's folder; the default file is the repository's, wherever that is.
    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(Directory.GetCurrentDirectory()); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Gateway.sln")))
            {
                return directory.FullName;
            }
        }

        return Directory.GetCurrentDirectory();
    }

    private static string PrintGatewaySchema()
    {
        // The schema needs only its graph types; building the whole host would start the simulator.
        var services = new ServiceCollection();
        services.AddGraphQL(graphQL => graphQL
            .AddSchema<GatewaySchema>()
            .AddGraphTypes(typeof(GatewaySchema).Assembly));
        using var provider = services.BuildServiceProvider();
        return Print(provider.GetRequiredService<ISchema>());
    }
}
