using System.Net;
using Gateway.Transport.Execution;
using Gateway.Transport.Http;
using Gateway.Transport.Pipeline;
using Gateway.Transport.Tests.Infrastructure;
using GraphQL;
using GraphQL.SystemTextJson;
using GraphQL.Transport;
using GraphQL.Validation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Gateway.Transport.Tests.Http;

public sealed class GraphQLHttpMiddlewareFailureTests
{
    [Fact]
    public async Task Post_UnexpectedException_Returns500GenericErrorAndLogsIt()
    {
        // Arrange: a middleware subclass whose execution step blows up outside the engine.
        await using var host = await TransportTestHost.StartAsync(
            map: static app => app.MapGraphQLHttp<TestSchema, ThrowingMiddleware>());

        // Act
        var response = await host.Client.PostGraphQLAsync(new { query = "{ hello }" });

        // Assert
        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        var raw = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain(ThrowingMiddleware.Secret, raw, StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", raw, StringComparison.Ordinal);
        Assert.Equal("INTERNAL_SERVER_ERROR", (await response.ReadJsonAsync()).FirstErrorCode());
        var logged = Assert.Single(host.Logs.Entries, e => e.Level == LogLevel.Error);
        Assert.Equal(ThrowingMiddleware.Secret, logged.Exception?.Message);
    }

    [Fact]
    public async Task Post_SerializerFailsMidBody_AbortsConnectionAndLogsIt()
    {
        // Arrange: a serializer that has written part of the body when it fails.
        await using var host = await TransportTestHost.StartAsync(
            configureServices: static services => services.AddSingleton<IGraphQLTextSerializer, HalfWritingSerializer>());

        // Act
        var exception = await Record.ExceptionAsync(async () =>
        {
            var response = await host.Client.PostGraphQLAsync(new { query = "{ hello }" });
            await response.Content.ReadAsStringAsync();
        });

        // Assert: the client cannot mistake the truncated body for a complete response.
        Assert.NotNull(exception);
        var logged = Assert.Single(host.Logs.Entries, e => e.Level == LogLevel.Error);
        Assert.Equal(HalfWritingSerializer.Failure, logged.Exception?.Message);
    }

    [Fact]
    public async Task Post_ClientDisconnectsDuringExecution_LogsNoError()
    {
        // Arrange
        await using var host = await TransportTestHost.StartAsync();
        var probe = host.App.Services.GetRequiredService<WaitProbe>();
        using var disconnect = new CancellationTokenSource();

        // Act: abandon the request once the resolver is running.
        var request = host.Client.PostAsync(
            "/graphql",
            new StringContent("""{"query":"{ wait }"}""", System.Text.Encoding.UTF8, "application/json"),
            disconnect.Token);
        await probe.Started.Task.WaitAsync(TimeSpan.FromSeconds(10));
        await disconnect.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => request);

        // Assert: the server side winds down quietly (give it a moment to finish).
        var deadline = DateTime.UtcNow.AddSeconds(5);
        while (!host.Logs.Entries.Any(e => e.Message.Contains("Client disconnected", StringComparison.Ordinal)) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(20);
        }

        Assert.Contains(host.Logs.Entries, e => e.Message.Contains("Client disconnected", StringComparison.Ordinal));
        Assert.DoesNotContain(host.Logs.Entries, e => e.Level >= LogLevel.Warning);
    }

    [Fact]
    public async Task Get_BrowserNavigation_ReachesTheNextMiddleware()
    {
        // Arrange: the seam the playground will use, after the transport in the endpoint's pipeline.
        await using var host = await TransportTestHost.StartAsync(map: static app => app.Map("/graphql", branch =>
        {
            branch.UseGraphQLHttp<TestSchema>();
            branch.Run(static context => context.Response.WriteAsync("playground"));
        }));
        var request = new HttpRequestMessage(HttpMethod.Get, "/graphql");
        request.Headers.TryAddWithoutValidation("Accept", "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8");

        // Act
        var response = await host.Client.SendAsync(request);

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("playground", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Post_CustomExecutor_IsUsedByTheMiddleware()
    {
        // Arrange: the shared execution step is a DI seam (auth, limits, persisted documents hook in there).
        await using var host = await TransportTestHost.StartAsync(
            configureServices: static services => services.AddSingleton<IGraphQLRequestExecutor<TestSchema>, RenamingExecutor>());

        // Act
        var response = await host.Client.PostGraphQLAsync(new { query = "{ hello(name: \"client\") }" });

        // Assert
        var body = await response.ReadJsonAsync();
        Assert.Equal("Hello, executor!", body.GetProperty("data").GetProperty("hello").GetString());
    }

    [Fact]
    public async Task Start_TransportNotRegistered_ThrowsHelpfulError()
    {
        var builder = WebApplication.CreateSlimBuilder();
        await using var app = builder.Build();

        var error = Assert.Throws<InvalidOperationException>(() => app.MapGraphQLHttp<TestSchema>());

        Assert.Contains("AddGraphQLHttpTransport", error.Message, StringComparison.Ordinal);
    }

    public sealed class ThrowingMiddleware(
        RequestDelegate next,
        IGraphQLRequestExecutor<TestSchema> executor,
        GraphQLRequestReader reader,
        IGraphQLTextSerializer serializer,
        IOptions<GraphQLHttpOptions> options,
        ILogger<GraphQLHttpMiddleware<TestSchema>> logger)
        : GraphQLHttpMiddleware<TestSchema>(next, executor, reader, serializer, options, logger)
    {
        public const string Secret = "connection string with password";

        protected override Task<ExecutionResult> ExecuteAsync(HttpContext context, GraphQLRequest request, CancellationToken cancellationToken)
            => throw new InvalidOperationException(Secret);
    }

    public sealed class HalfWritingSerializer : IGraphQLTextSerializer
    {
        public const string Failure = "cannot serialize this value";

        private readonly GraphQLSerializer _inner = new();

        public bool IsNativelyAsync => true;

        public async Task WriteAsync<T>(Stream stream, T? value, CancellationToken cancellationToken = default)
        {
            await stream.WriteAsync("{\"data\":{"u8.ToArray(), cancellationToken);
            await stream.FlushAsync(cancellationToken);
            throw new InvalidOperationException(Failure);
        }

        public ValueTask<T?> ReadAsync<T>(Stream stream, CancellationToken cancellationToken = default) => _inner.ReadAsync<T>(stream, cancellationToken);

        public string Serialize<T>(T? value) => _inner.Serialize(value);

        public T? Deserialize<T>(string? value) => _inner.Deserialize<T>(value);

        public T? ReadNode<T>(object? value) => _inner.ReadNode<T>(value);
    }

    public sealed class RenamingExecutor(IDocumentExecuter<TestSchema> documentExecuter) : GraphQLRequestExecutor<TestSchema>(documentExecuter)
    {
        protected override ExecutionOptions CreateExecutionOptions(
            HttpContext context,
            GraphQLRequest request,
            IReadOnlyList<IValidationRule> transportRules,
            CancellationToken cancellationToken)
        {
            var options = base.CreateExecutionOptions(context, request, transportRules, cancellationToken);
            options.Query = "{ hello(name: \"executor\") }";
            return options;
        }
    }
}
