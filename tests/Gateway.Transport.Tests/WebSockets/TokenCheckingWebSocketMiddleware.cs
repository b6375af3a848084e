using System.Net.WebSockets;
using System.Text.Json;
using Gateway.Transport.Execution;
using Gateway.Transport.Http;
using Gateway.Transport.Pipeline;
using Gateway.Transport.Subscriptions;
using Gateway.Transport.Tests.Infrastructure;
using Gateway.Transport.WebSockets;
using GraphQL;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Gateway.Transport.Tests.WebSockets;

/// <summary>A middleware whose servers acknowledge only a <c>connection_init</c> carrying <c>{ "token": "let-me-in" }</c>.</summary>
public sealed class TokenCheckingWebSocketMiddleware(
    RequestDelegate next,
    IGraphQLRequestExecutor<TestSchema> executor,
    GraphQLRequestParser parser,
    IGraphQLTextSerializer serializer,
    ClientConnectionLimiter connectionLimiter,
    IOptions<GraphQLSubscriptionOptions> options,
    IOptions<GraphQLHttpOptions> httpOptions,
    IHostApplicationLifetime lifetime,
    TimeProvider timeProvider,
    ILogger<GraphQLWebSocketMiddleware<TestSchema>> logger)
    : GraphQLWebSocketMiddleware<TestSchema>(next, executor, parser, serializer, connectionLimiter, options, httpOptions, lifetime, timeProvider, logger)
{
    public const string Token = "let-me-in";

    protected override SubscriptionServer CreateSubscriptionServer(HttpContext context, WebSocket socket, string subprotocol)
        => new TokenCheckingServer(socket, context, Executor, Parser, Serializer, Options, MaxMessageBytes, Logger, TimeProvider);

    private sealed class TokenCheckingServer(
        WebSocket socket,
        HttpContext context,
        IGraphQLRequestExecutor<TestSchema> executor,
        GraphQLRequestParser parser,
        IGraphQLTextSerializer serializer,
        GraphQLSubscriptionOptions options,
        long maxMessageBytes,
        ILogger logger,
        TimeProvider timeProvider)
        : GraphQLWsSubscriptionServer<TestSchema>(socket, context, executor, parser, serializer, options, maxMessageBytes, logger, timeProvider)
    {
        protected override ValueTask<bool> OnConnectionInitAsync(JsonElement? payload, CancellationToken cancellationToken)
            => ValueTask.FromResult(
                payload is { } p && p.TryGetProperty("token", out var token) && token.ValueKind == JsonValueKind.String && token.GetString() == Token);
    }
}
