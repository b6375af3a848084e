using Gateway.Transport.Http;
using GraphQL;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Gateway.Transport.Tests.Infrastructure;

/// <summary>
/// A minimal WebApplication serving <see cref="TestSchema"/> through the transport, either in memory
/// (TestServer, the default: fast) or on a real Kestrel socket on 127.0.0.1 (for out-of-process clients).
/// </summary>
public sealed class TransportTestHost : IAsyncDisposable
{
    private TransportTestHost(WebApplication app, HttpClient client, ListLoggerProvider logs)
    {
        App = app;
        Client = client;
        Logs = logs;
    }

    public WebApplication App { get; }

    /// <summary>A client whose base address is the server root; the endpoint is <c>/graphql</c>.</summary>
    public HttpClient Client { get; }

    public ListLoggerProvider Logs { get; }

    public Uri GraphQLEndpoint => new(Client.BaseAddress!, "/graphql");

    /// <summary>Builds and starts a host.</summary>
    /// <param name="useKestrel">Listen on a free 127.0.0.1 port instead of in memory.</param>
    /// <param name="settings">Configuration entries, e.g. <c>GraphQL:Http:MaxRequestBodyBytes</c>.</param>
    /// <param name="configureServices">Extra service registrations, applied before the transport's.</param>
    /// <param name="map">Maps the endpoint(s); defaults to <c>MapGraphQLHttp&lt;TestSchema&gt;()</c>.</param>
    public static async Task<TransportTestHost> StartAsync(
        bool useKestrel = false,
        IReadOnlyDictionary<string, string?>? settings = null,
        Action<IServiceCollection>? configureServices = null,
        Action<WebApplication>? map = null)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { EnvironmentName = "Testing" });
        if (useKestrel)
        {
            builder.WebHost.UseUrls("http://127.0.0.1:0");
        }
        else
        {
            builder.WebHost.UseTestServer();
        }

        if (settings is not null)
        {
            builder.Configuration.AddInMemoryCollection(settings);
        }

        var logs = new ListLoggerProvider();
        builder.Logging.ClearProviders().AddProvider(logs).SetMinimumLevel(LogLevel.Debug);

        builder.Services.AddSingleton<WaitProbe>();
        builder.Services.AddSingleton<TestEventSource>();
        builder.Services.AddScoped<ScopeProbe>();
        builder.Services.AddGraphQL(b => b.AddSchema<TestSchema>().AddSystemTextJson());
        configureServices?.Invoke(builder.Services);
        builder.Services.AddGraphQLHttpTransport();

        var app = builder.Build();
        (map ?? (static a => a.MapGraphQLHttp<TestSchema>()))(app);
        await app.StartAsync();

        var client = useKestrel
            ? new HttpClient { BaseAddress = new Uri(app.Urls.Single()) }
            : app.GetTestClient();
        return new TransportTestHost(app, client, logs);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await App.StopAsync();
        await App.DisposeAsync();
    }
}
