using Gateway.Transport.Errors;
using Gateway.Transport.Http;
using GraphQL;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace Gateway.Transport.Authentication;

/// <summary>
/// The first step of the GraphQL endpoint's pipeline: with an <see cref="IGraphQLRequestAuthenticator"/> registered,
/// every HTTP request (GraphQL over HTTP, the SSE protocol's requests) is authenticated before a transport sees it, and a
/// refusal is answered with its GraphQL error (401 with <c>WWW-Authenticate: Bearer</c> for <c>UNAUTHENTICATED</c>).
/// Passed on untouched: WebSocket upgrades (authenticated at <c>connection_init</c>, where browsers can send a token)
/// and a browser navigating to the endpoint (the playground's page, whose own GraphQL requests then need a token).
/// </summary>
public sealed class GraphQLAuthenticationMiddleware
{
    private readonly RequestDelegate _next;
    private readonly IGraphQLRequestAuthenticator? _authenticator;
    private readonly IGraphQLTextSerializer _serializer;
    private readonly GraphQLHttpOptions _httpOptions;
    private readonly ILogger<GraphQLAuthenticationMiddleware> _logger;

    /// <summary>Creates the middleware; ASP.NET Core resolves the services (the authenticator is optional).</summary>
    public GraphQLAuthenticationMiddleware(
        RequestDelegate next,
        IGraphQLTextSerializer serializer,
        IOptions<GraphQLHttpOptions> httpOptions,
        ILogger<GraphQLAuthenticationMiddleware> logger,
        IServiceProvider services)
    {
        ArgumentNullException.ThrowIfNull(services);
        _next = next;
        _serializer = serializer;
        _httpOptions = httpOptions.Value;
        _logger = logger;
        _authenticator = (IGraphQLRequestAuthenticator?)services.GetService(typeof(IGraphQLRequestAuthenticator));
    }

    /// <summary>Handles one request.</summary>
    public async Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (_authenticator is null || context.WebSockets.IsWebSocketRequest || IsBrowserNavigation(context.Request))
        {
            await _next(context);
            return;
        }

        var result = await _authenticator.AuthenticateAsync(context, connectionToken: null, context.RequestAborted);
        if (result.Succeeded)
        {
            context.User = result.Principal!;
            await _next(context);
            return;
        }

        await WriteRefusalAsync(context, result.Error!);
    }

    /// <summary>A <c>GET</c> without a <c>query</c> that prefers HTML: what the HTTP transport passes on to the playground.</summary>
    private static bool IsBrowserNavigation(HttpRequest request)
        => HttpMethods.IsGet(request.Method)
            && !request.Query.ContainsKey("query")
            && AcceptHeader.PrefersHtml(request.Headers.Accept);

    private async Task WriteRefusalAsync(HttpContext context, ExecutionError error)
    {
        AuthenticationLog.Refused(_logger, error.Code, error.Message);
        var response = context.Response;
        var status = error is IHasHttpStatusCode withStatus ? (int)withStatus.StatusCode : StatusCodes.Status401Unauthorized;
        response.StatusCode = status;
        if (status == StatusCodes.Status401Unauthorized)
        {
            response.Headers.WWWAuthenticate = "Bearer";
        }

        // An SSE client (text/event-stream) reads a refusal's body as JSON too: the request never became a stream.
        var mediaType = AcceptHeader.SelectResponseMediaType(context.Request.Headers.Accept, _httpOptions.DefaultResponseMediaType) ?? GraphQLMediaTypes.Json;
        response.ContentType = mediaType + "; charset=utf-8";
        response.Headers.CacheControl = "no-store";
        response.Headers.Vary = HeaderNames.Authorization;
        await _serializer.WriteAsync(response.Body, new ExecutionResult { Errors = new ExecutionErrors { error } }, context.RequestAborted);
    }
}
