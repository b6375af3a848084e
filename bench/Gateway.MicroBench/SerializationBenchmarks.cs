using BenchmarkDotNet.Attributes;
using Gateway.Bench.Workload;
using Gateway.Hosting;
using Gateway.Schema;
using GenesysCloud.Simulator;
using GraphQL;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Gateway.MicroBench;

/// <summary>
/// Writing a real <see cref="ExecutionResult"/> with the gateway's serializer: the result of issue 14's queries,
/// executed once by the gateway itself (in this process, over its embedded simulator) so the execution-node tree is
/// the one the HTTP transport writes.
/// </summary>
[MemoryDiagnoser]
public class SerializationBenchmarks
{
    private WebApplication _gateway = null!;
    private IServiceScope _scope = null!;
    private IGraphQLSerializer _serializer = null!;
    private ExecutionResult _result = null!;

    [Params("SessionFull", "ContactsSessions")]
    public string Query { get; set; } = "";

    [GlobalSetup]
    public async Task SetupAsync()
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Production", ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.AddGateway();
        _gateway = builder.Build();
        await _gateway.StartAsync();

        // The embedded simulator's data has these ids (same default seed).
        var data = new SimulatorDataStore(Options.Create(new SimulatorOptions()), TimeProvider.System, NullLogger<SimulatorDataStore>.Instance);
        var contactIds = data.ExternalContactIds.Take(10).ToList<object?>();
        var sessionId = data.SessionsOfExternalContact(data.DefaultOrganizationId, data.ExternalContactIds[0])![0].Id;
        var (document, variables) = Query == "SessionFull"
            ? (BenchQueries.SessionFull, new Dictionary<string, object?> { ["id"] = sessionId })
            : (BenchQueries.ContactsSessions, new Dictionary<string, object?> { ["ids"] = contactIds });

        _scope = _gateway.Services.CreateScope();
        _serializer = _gateway.Services.GetRequiredService<IGraphQLSerializer>();
        _result = await _gateway.Services.GetRequiredService<IDocumentExecuter<GatewaySchema>>().ExecuteAsync(new ExecutionOptions
        {
            Query = document,
            Variables = new Inputs(variables),
            RequestServices = _scope.ServiceProvider,
        });
        if (_result.Errors is { Count: > 0 } errors)
        {
            throw new InvalidOperationException($"the query failed: {errors[0].Message}");
        }
    }

    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        _scope.Dispose();
        await _gateway.StopAsync();
        await _gateway.DisposeAsync();
    }

    [Benchmark]
    public Task WriteResult() => _serializer.WriteAsync(Stream.Null, _result);
}
