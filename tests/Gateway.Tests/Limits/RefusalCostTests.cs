using System.Diagnostics;
using Gateway.Limits;
using Gateway.Tests.Infrastructure;
using GraphQL;
using GraphQL.Execution;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace Gateway.Tests.Limits;

[CollectionDefinition(nameof(RefusalCostTests), DisableParallelization = true)]
public sealed class RefusalCostCollection;

/// <summary>
/// Refusing the worst documents costs little, measured with the runtime's own counters (bytes allocated, processor
/// time) against what the test also measures: the document's own size, a parse, a normal query. Alone in its
/// collection, so other tests' work does not count.
/// </summary>
[Collection(nameof(RefusalCostTests))]
public sealed class RefusalCostTests(ExecutingGatewayFactory gateway, ITestOutputHelper output) : IClassFixture<ExecutingGatewayFactory>
{
    private static readonly OperationLimitsOptions Defaults = new() { Introspection = { Enabled = true } };

    [Fact]
    public void DocumentSizeCheck_OneMegabyteOfAliases_RefusedAllocatingAFewHundredBytes()
    {
        // Arrange
        var huge = HostileDocuments.Huge(1_000_000);
        DocumentSizeLimit.Check("{ __typename }", Defaults);

        // Act
        var before = GC.GetAllocatedBytesForCurrentThread();
        var error = DocumentSizeLimit.Check(huge, Defaults);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        // Assert: the error, its message and data; nothing in proportion to the 2 MB string.
        output.WriteLine($"refusing 1 MB of aliases: {allocated} B");
        Assert.Equal(OperationLimitCodes.MaxDocumentSizeExceeded, error!.Code);
        Assert.InRange(allocated, 1, 4 * 1024);
    }

    [Fact]
    public void TokenCount_JustUnderTheLengthLimit_CountedWithoutAllocating()
    {
        // Arrange: 30,000 characters, 5,000+ tokens.
        var many = HostileDocuments.ManyTokens(16_000)[..30_000];
        DocumentSizeLimit.CountTokens("{ a }", 10);

        // Act
        var before = GC.GetAllocatedBytesForCurrentThread();
        var tokens = DocumentSizeLimit.CountTokens(many, Defaults.MaxTokens + 1);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        // Assert
        Assert.Equal(Defaults.MaxTokens + 1, tokens);
        Assert.Equal(0, allocated);
    }

    [Fact]
    public void ShapeCheck_ExponentialFragments_AllocatesInProportionToTheTextNotTheExpansion()
    {
        // Arrange: 2^20 and 2^40 fields once expanded; the second text is twice the first.
        var schema = gateway.Services.GetRequiredService<ISchema>();
        var builder = new GraphQLDocumentBuilder();
        var twenty = builder.Build(HostileDocuments.ExponentialFragments(20));
        var forty = builder.Build(HostileDocuments.ExponentialFragments(40));
        OperationShapeLimit.Check(schema, twenty, null, null, Defaults);

        // Act
        var (small, smallBytes) = Measure(() => OperationShapeLimit.Check(schema, twenty, null, null, Defaults).Error);
        var (large, largeBytes) = Measure(() => OperationShapeLimit.Check(schema, forty, null, null, Defaults).Error);
        var (_, parseBytes) = Measure(() => builder.Build(HostileDocuments.ExponentialFragments(40)));

        output.WriteLine($"2^20: {smallBytes} B, 2^40: {largeBytes} B, parsing the 2^40 text: {parseBytes} B");

        // Assert: linear in the text (an expanding walk would allocate a million times more), and about what parsing it costs.
        Assert.Equal(OperationLimitCodes.MaxFragmentExpansionExceeded, small!.Code);
        Assert.Equal(OperationLimitCodes.MaxFragmentExpansionExceeded, large!.Code);
        Assert.InRange(largeBytes, 1, 4 * smallBytes);
        Assert.InRange(largeBytes, 1, 4 * parseBytes);
    }

    [Fact]
    public async Task Refusals_OverHttp_AllocateAndSpendNoMoreThanAnsweringANormalQuery()
    {
        // Arrange
        using var client = gateway.CreateClient();
        var contact = gateway.Simulator.Data.Sessions(gateway.Simulator.Data.DefaultOrganizationId).First(s => s.ExternalContact is not null).ExternalContact!.Id!;
        var exponential = HostileDocuments.ExponentialFragments(60);
        var aliases = HostileDocuments.Huge(1_000_000);
        await client.AssertFirstQueryAnsweredAsync(contact);
        await client.PostGraphQLAsync(exponential);

        // Act: the least of five rounds of 20 requests each, so a collection or a timer elsewhere does not count.
        var normal = await LeastOfAsync(() => client.PostGraphQLAsync(HostileDocuments.FirstQuery, new { contact }));
        var refusedExponential = await LeastOfAsync(() => client.PostGraphQLAsync(exponential));
        var refusedHuge = await LeastOfAsync(() => client.PostGraphQLAsync(aliases));

        output.WriteLine($"20 requests: normal {normal.Bytes} B {normal.Cpu.TotalMilliseconds} ms CPU; 2^60 fragments {refusedExponential.Bytes} B {refusedExponential.Cpu.TotalMilliseconds} ms; 1 MB {refusedHuge.Bytes} B {refusedHuge.Cpu.TotalMilliseconds} ms");

        // Assert: 2^60 fields once expanded cost less than a real query; a 1 MB text costs about reading its body (2 bytes a char once decoded).
        Assert.True(refusedExponential.Bytes < normal.Bytes, $"exponential {refusedExponential.Bytes} B vs normal {normal.Bytes} B");
        Assert.True(refusedExponential.Cpu <= normal.Cpu + TimeSpan.FromMilliseconds(50), $"exponential {refusedExponential.Cpu} vs normal {normal.Cpu}");
        Assert.True(refusedHuge.Bytes < 20 * 8 * aliases.Length, $"huge {refusedHuge.Bytes} B for 20 × {aliases.Length} chars");
        await client.AssertFirstQueryAnsweredAsync(contact);
    }

    private static (T Result, long Bytes) Measure<T>(Func<T> action)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        var result = action();
        return (result, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    private static async Task<(long Bytes, TimeSpan Cpu)> LeastOfAsync(Func<Task<GraphQLResponse>> request)
    {
        var least = (Bytes: long.MaxValue, Cpu: TimeSpan.MaxValue);
        using var process = Process.GetCurrentProcess();
        for (var round = 0; round < 5; round++)
        {
            process.Refresh();
            var cpu = process.TotalProcessorTime;
            var bytes = GC.GetTotalAllocatedBytes(precise: true);
            for (var i = 0; i < 20; i++)
            {
                await request();
            }

            var spentBytes = GC.GetTotalAllocatedBytes(precise: true) - bytes;
            process.Refresh();
            var spentCpu = process.TotalProcessorTime - cpu;
            least = (Math.Min(least.Bytes, spentBytes), spentCpu < least.Cpu ? spentCpu : least.Cpu);
        }

        return least;
    }
}
