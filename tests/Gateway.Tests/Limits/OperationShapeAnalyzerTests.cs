using Gateway.Bench.Workload;
using Gateway.Limits;
using Gateway.Schema;
using GraphQL;
using GraphQL.Execution;
using GraphQL.Types;
using GraphQLParser.AST;
using Microsoft.Extensions.DependencyInjection;

namespace Gateway.Tests.Limits;

/// <summary>The figures the limits are checked against, on the gateway's own schema and weights.</summary>
public sealed class OperationShapeAnalyzerTests
{
    private static readonly Lazy<ISchema> Schema = new(() =>
    {
        var services = new ServiceCollection();
        services.AddGraphQL(graphQL => graphQL.AddSchema<GatewaySchema>().AddGraphTypes(typeof(GatewaySchema).Assembly));
        var schema = services.BuildServiceProvider().GetRequiredService<ISchema>();
        schema.Initialize();
        return schema;
    });

    [Fact]
    public void Measure_FragmentSpreadUnderTwoPageSizes_EachSizedByItsOwnFirst()
    {
        // Arrange: the same fragment under first: 3 and first: 7 is measured once per size.
        const string query = """
            { a: sessionsByExternalContact(externalContactId: "x", first: 3) { ...Page }
              b: sessionsByExternalContact(externalContactId: "y", first: 7) { ...Page } }
            fragment Page on SessionConnection { nodes { externalContact { id } } }
            """;

        // Act
        var shape = Measure(query);

        // Assert: each page 10 + size × (1 + 10).
        Assert.Equal(10 + (3 * 11) + 10 + (7 * 11), shape.Cost);
        Assert.Equal(2, shape.Aliases);
        Assert.Equal(2, shape.RootFields);
        Assert.Equal(2, shape.FragmentSpreads);
        Assert.Equal(4, shape.Depth);
    }

    [Fact]
    public void Measure_PageSizeFromVariableOrItsDefault_UsedForTheCost()
    {
        // Arrange
        const string query = "query($n: Int = 4) { sessionsByExternalContact(externalContactId: \"x\", first: $n) { nodes { lastConnectedUser { id } } } }";

        // Act
        var byDefault = Measure(query);
        var byVariable = Measure(query, new Dictionary<string, object?> { ["n"] = 9 });

        // Assert
        Assert.Equal(10 + (4 * 11), byDefault.Cost);
        Assert.Equal(10 + (9 * 11), byVariable.Cost);
    }

    [Fact]
    public void Measure_NoFirstArgument_SizedByTheArgumentsDefault()
    {
        // Act
        var shape = Measure("{ externalContact(id: \"x\") { sessions { edges { node { id } } } } }");

        // Assert: the contact 10, its page 10, 25 edges of 1 each holding a session of 1.
        Assert.Equal(10 + 10 + (25 * (1 + 1)), shape.Cost);
    }

    [Theory]
    [InlineData(BenchQueries.SessionDetail, 10 + 1 + 30 + 110)]
    [InlineData(BenchQueries.ContactJourney, 10 + 1 + (25 * 21))]
    [InlineData(BenchQueries.ConversationDetail, 10 + (10 * 31) + (10 * 11))]
    [InlineData(BenchQueries.TypeName, 0)]
    public void Measure_BenchmarkQueries_WithinEveryDefaultLimit(string query, double cost)
    {
        // Arrange
        var limits = new OperationLimitsOptions();

        // Act
        var shape = Measure(query);

        // Assert
        Assert.Equal(cost, shape.Cost);
        Assert.Null(OperationShapeLimit.Check(Schema.Value, new GraphQLDocumentBuilder().Build(query), null, null, limits).Error);
    }

    [Fact]
    public void Measure_ExponentialFragments_CountsTheExpansionWithoutWalkingIt()
    {
        // Act
        var shape = Measure(HostileDocuments.ExponentialFragments(50));

        // Assert: 2^50 fields of `id` at the bottom, and every spread on the way.
        Assert.Equal(Math.Pow(2, 50) + 1, shape.Fields);
        Assert.Equal(Math.Pow(2, 51) - 1, shape.FragmentSpreads);
        Assert.Equal(2, shape.Depth);
    }

    [Fact]
    public void Measure_CyclicFragments_TerminatesCountingTheCycleOnce()
    {
        // Act
        var shape = Measure(HostileDocuments.CyclicFragments);

        // Assert: A's __typename and B's; the spread back into A counts nothing.
        Assert.Equal(2, shape.Fields);
    }

    [Fact]
    public void Measure_UnknownFields_StillCountedForDepthAndAliases()
    {
        // Act
        var shape = Measure("{ nope { x: deeper { deepest } } }");

        // Assert
        Assert.Equal(3, shape.Depth);
        Assert.Equal(1, shape.Aliases);
        Assert.Equal(0, shape.Cost);
    }

    [Fact]
    public void Measure_IntrospectionQuery_FreeOfCostAndWithinTheIntrospectionLimits()
    {
        // Act
        var shape = Measure(IntrospectionQuery.Text);

        // Assert
        Assert.Equal(0, shape.Cost);
        Assert.Equal(1, shape.IntrospectionFields);
        Assert.Equal(7, shape.OfTypeDepth);
        Assert.InRange(shape.Depth, 1, new OperationLimitsOptions().MaxDepth);
    }

    [Fact]
    public void Measure_DirectivesOnAFragmentDefinition_CountedForItsLocation()
    {
        // Act
        var shape = Measure("query { ...F @include(if: true) } fragment F on Query @a @b @c { __typename @skip(if: false) }");

        // Assert
        Assert.Equal(3, shape.MaxDirectivesPerLocation);
    }

    private static OperationShape Measure(string query, IReadOnlyDictionary<string, object?>? variables = null)
    {
        var document = new GraphQLDocumentBuilder().Build(query);
        var analyzer = new OperationShapeAnalyzer(Schema.Value, document, variables, new OperationLimitsOptions().DefaultListSize);
        return analyzer.Measure(document.Definitions.OfType<GraphQLOperationDefinition>().First());
    }
}
