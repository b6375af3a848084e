using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Gateway.Transport.Authentication;

/// <summary>
/// Authenticates through an ASP.NET Core authentication scheme (e.g. JWT bearer): the scheme's handler validates the
/// request's own credentials. A WebSocket's <c>connection_init</c> token is handed to the handler through
/// <see cref="ConnectionTokenOf"/> (a JWT bearer handler reads it in its <c>OnMessageReceived</c> event).
/// </summary>
public sealed class AuthenticationSchemeRequestAuthenticator : IGraphQLRequestAuthenticator
{
    private static readonly object ConnectionTokenKey = new();

    /// <summary>Authenticates with <paramref name="scheme"/>.</summary>
    public AuthenticationSchemeRequestAuthenticator(string scheme)
    {
        ArgumentException.ThrowIfNullOrEmpty(scheme);
        Scheme = scheme;
    }

    /// <summary>The authentication scheme used.</summary>
    public string Scheme { get; }

    /// <summary>The token a WebSocket client sent in <c>connection_init</c>, while it is being authenticated; otherwise null.</summary>
    public static string? ConnectionTokenOf(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Items.TryGetValue(ConnectionTokenKey, out var token) ? token as string : null;
    }

    /// <inheritdoc />
    public async Task<GraphQLAuthenticationResult> AuthenticateAsync(HttpContext context, string? connectionToken, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var result = connectionToken is null
            ? await context.AuthenticateAsync(Scheme)
            : await AuthenticateConnectionTokenAsync(context, connectionToken);

        if (result.Succeeded)
        {
            return GraphQLAuthenticationResult.Success(result.Principal);
        }

        // Why a token failed (expired, audience, signature) is for the log the handler writes, not for the client.
        return result.None
            ? GraphQLAuthenticationResult.Unauthenticated("Authentication is required: send a bearer token.")
            : GraphQLAuthenticationResult.Unauthenticated("The bearer token was not accepted.");
    }

    // A handler remembers its first result for the request, and the upgrade request has had one already (ASP.NET Core's
    // authentication middleware authenticates every request): the connection's token gets a handler of its own.
    private async Task<AuthenticateResult> AuthenticateConnectionTokenAsync(HttpContext context, string connectionToken)
    {
        await using var scope = context.RequestServices.CreateAsyncScope();
        var handlers = scope.ServiceProvider.GetRequiredService<IAuthenticationHandlerProvider>();
        var handler = await handlers.GetHandlerAsync(context, Scheme)
            ?? throw new InvalidOperationException($"No authentication handler is registered for the scheme '{Scheme}'.");
        context.Items[ConnectionTokenKey] = connectionToken;
        try
        {
            return await handler.AuthenticateAsync();
        }
        finally
        {
            context.Items.Remove(ConnectionTokenKey);
        }
    }
}
