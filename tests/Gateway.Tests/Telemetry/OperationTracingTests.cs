using System.Diagnostics;
using Gateway.Telemetry;
using Gateway.Tests.Infrastructure;
using OpenTelemetry.Trace;

namespace Gateway.Tests.Telemetry;

/// <summary>A query's trace reads request → GraphQL operation → DataLoader batch → upstream call.</summary>
public sealed class OperationTracingTests : IAsyncLifetime
{
    private const string AspNetCoreSource = "Microsoft.AspNetCore";
    private const string HttpClientSource = "System.Net.Http";

    private readonly RecordingActivityProcessor _spans = new();
    private readonly GatewayFactory _gateway;

    public OperationTracingTests()
    {
        _gateway = new GatewayFactory { ConfigureServices = services => services.ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddProcessor(_spans)) }
            .With("Telemetry:Tracing:Enabled", "true");
    }

    public Task InitializeAsync() => _gateway.InitializeAsync();

    public Task DisposeAsync() => ((IAsyncLifetime)_gateway).DisposeAsync();

    [Fact]
    public async Task SessionDetailQuery_ColdCache_OperationUnderRequestBatchesUnderOperationUpstreamCallsUnderBatches()
    {
        // Arrange
        using var client = _gateway.CreateClient();
        var session = _gateway.Simulator.Data.SessionIds[0];

        // Act
        var response = await client.PostGraphQLAsync(
            "query SessionDetail($id: ID!) { session(id: $id) { id externalContact { lastName } } }",
            new { id = session });

        // Assert: the operation's span is a child of ASP.NET Core's request span.
        Assert.Empty(response.Errors);
        var operation = Assert.IsType<Activity>(_spans.Find("query SessionDetail"));
        await _spans.WhenRequestEndedAsync(operation.TraceId);
        var trace = _spans.SpansOf(operation.TraceId);
        var request = Assert.Single(trace, s => s.Source.Name == AspNetCoreSource && s.ParentSpanId == default);
        Assert.Equal(request.SpanId, operation.ParentSpanId);
        Assert.Equal("query", operation.GetTagItem(GatewayActivitySource.OperationTypeTag));
        Assert.Equal("SessionDetail", operation.GetTagItem(GatewayActivitySource.OperationNameTag));

        // Each level's loader dispatched one batch under the operation: the session, then its contact.
        var batches = trace.Where(s => s.Source.Name == GatewayActivitySource.Name && s.ParentSpanId == operation.SpanId && s != operation).ToList();
        Assert.Equal(2, batches.Count);
        var sessionBatch = Assert.Single(batches, b => b.DisplayName == "dataloader.batch SessionByIdDataLoader");
        Assert.Contains(trace, s => s.ParentSpanId == sessionBatch.SpanId && s.DisplayName == "GET /api/v2/journey/sessions/{sessionId}");
        Assert.All(batches, batch =>
        {
            Assert.StartsWith("dataloader.batch ", batch.DisplayName, StringComparison.Ordinal);
            Assert.Equal(1, batch.GetTagItem(GatewayActivitySource.KeysTag));
            Assert.Equal(1, batch.GetTagItem(GatewayActivitySource.CacheMissesTag));

            // The cold cache sent every batch upstream: HttpClient's spans are the batch's children.
            Assert.Contains(trace, s => s.Source.Name == HttpClientSource && s.Kind == ActivityKind.Client && s.ParentSpanId == batch.SpanId);
        });
    }

    [Fact]
    public async Task RefusedDocument_StillTraced_ErrorStatusAndCode()
    {
        // Arrange
        using var client = _gateway.CreateClient();

        // Act: a field the schema does not have fails validation; the operation never runs.
        var response = await client.PostGraphQLAsync("query Broken { nope }");

        // Assert
        var code = Assert.Single(response.Errors).GetProperty("extensions").GetProperty("code").GetString();
        var operation = Assert.IsType<Activity>(_spans.Find("query Broken"));
        Assert.Equal(ActivityStatusCode.Error, operation.Status);
        Assert.Equal(code, operation.GetTagItem(GatewayActivitySource.ErrorCodesTag));
    }
}
