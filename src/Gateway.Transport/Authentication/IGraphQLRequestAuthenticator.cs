using Microsoft.AspNetCore.Http;

namespace Gateway.Transport.Authentication;

/// <summary>
/// Decides who sends a GraphQL request or opens a GraphQL connection. Registered once; when none is registered every
/// request is served anonymously. The transports call it for every HTTP request (<c>POST</c>, <c>GET</c>, the SSE
/// protocol's requests) and, on a WebSocket, once at <c>connection_init</c>. A success becomes
/// <see cref="HttpContext.User"/>, which every operation of the request or connection executes with.
/// </summary>
public interface IGraphQLRequestAuthenticator
{
    /// <summary>Authenticates <paramref name="context"/>.</summary>
    /// <param name="context">The request, or the WebSocket's upgrade request.</param>
    /// <param name="connectionToken">
    /// The bearer token a WebSocket client sent in its <c>connection_init</c> payload (it wins over the upgrade request's
    /// <c>Authorization</c> header); null for HTTP requests, whose credentials are in their own headers.
    /// </param>
    /// <param name="cancellationToken">Cancelled when the client goes away.</param>
    Task<GraphQLAuthenticationResult> AuthenticateAsync(HttpContext context, string? connectionToken, CancellationToken cancellationToken);
}
