using Gateway.Schema;
using Gateway.Tests.Infrastructure;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using Snapshooter.Xunit;

namespace Gateway.Tests.Schema;

/// <summary>A schema change shows up in review: as a snapshot diff, and in the committed <c>schema/schema.graphql</c>.</summary>
public sealed class SchemaTests(GatewayFactory gateway) : IClassFixture<GatewayFactory>
{
    [Fact]
    public void SchemaChanged()
    {
        Snapshot.Match(PrintedSchema());
    }

    [Fact]
    public async Task SchemaFile_Committed_MatchesPrintedSchema()
    {
        // Arrange
        var path = Path.Combine(RepositoryRoot(), SchemaExportCommand.DefaultPath);

        // Act
        var committed = await File.ReadAllTextAsync(path);

        // Assert: regenerate with `dotnet run --project src/Gateway -- schema export`.
        Assert.Equal(PrintedSchema(), committed.ReplaceLineEndings("\n"));
    }

    private string PrintedSchema() => SchemaExportCommand.Print(gateway.Services.GetRequiredService<ISchema>());

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Gateway.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("Gateway.sln not found above the test directory.");
    }
}
