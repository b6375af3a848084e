using Gateway.Transport.Http;
using Gateway.Transport.WebSockets;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Gateway.Transport.Tests.Infrastructure;

/// <summary>
/// Starts a <see cref="TransportTestHost"/> on Kestrel whose <c>/graphql</c> endpoint composes the WebSocket transport
/// before the HTTP one, as the gateway will.
/// </summary>
public static class WebSocketTestHost
{
    /// <summary>Starts the host.</summary>
    /// <param name="settings">Configuration entries, e.g. <c>GraphQL:Subscriptions:MaxOperationsPerConnection</c>.</param>
    /// <param name="configureServices">Extra service registrations.</param>
    /// <param name="useWebSockets">Adds the WebSocket transport to the endpoint's pipeline; defaults to <c>UseGraphQLWebSockets&lt;TestSchema&gt;()</c>.</param>
    public static Task<TransportTestHost> StartAsync(
        IReadOnlyDictionary<string, string?>? settings = null,
        Action<IServiceCollection>? configureServices = null,
        Func<IApplicationBuilder, IApplicationBuilder>? useWebSockets = null)
        => TransportTestHost.StartAsync(
            useKestrel: true,
            settings,
            services =>
            {
                configureServices?.Invoke(services);
                services.AddGraphQLWebSocketTransport();
            },
            app =>
            {
                var pipeline = (useWebSockets ?? (static b => b.UseGraphQLWebSockets<TestSchema>()))(((IEndpointRouteBuilder)app).CreateApplicationBuilder())
                    .UseGraphQLHttp<TestSchema>()
                    .Build();
                app.Map("/graphql", pipeline);
            });

    /// <summary>The <c>ws://</c> address of the endpoint.</summary>
    public static Uri WebSocketEndpoint(this TransportTestHost host)
        => new UriBuilder(host.GraphQLEndpoint) { Scheme = "ws" }.Uri;

    /// <summary>The event source behind <c>Subscription.events</c>.</summary>
    public static TestEventSource Events(this TransportTestHost host)
        => host.App.Services.GetRequiredService<TestEventSource>();
}
