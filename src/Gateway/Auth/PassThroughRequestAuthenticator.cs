using System.Net;
using System.Security.Claims;
using Gateway.Transport.Authentication;
using Gateway.Upstream;
using Microsoft.Net.Http.Headers;

namespace Gateway.Auth;

/// <summary>
/// Pass-through mode: a caller is whoever holds a Genesys Cloud token the upstream accepts. The token (the request's
/// <c>Authorization: Bearer</c>, or a WebSocket's <c>connection_init</c> token) is checked by looking its organization
/// up (<see cref="CallerOrganizationResolver"/>, once per token); a token the upstream refuses is a 401 here.
/// </summary>
public sealed class PassThroughRequestAuthenticator(CallerOrganizationResolver organizations, ILogger<PassThroughRequestAuthenticator> logger)
    : IGraphQLRequestAuthenticator
{
    public async Task<GraphQLAuthenticationResult> AuthenticateAsync(HttpContext context, string? connectionToken, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var token = connectionToken ?? GraphQLConnectionInitToken.FromAuthorizationHeader(context.Request.Headers[HeaderNames.Authorization]);
        if (token is null)
        {
            return GraphQLAuthenticationResult.Unauthenticated("Authentication is required: send your Genesys Cloud access token as a bearer token.");
        }

        string organizationId;
        try
        {
            organizationId = await organizations.GetOrganizationIdAsync(token, cancellationToken);
        }
        catch (GenesysApiException refused) when (refused.StatusCode == HttpStatusCode.Unauthorized)
        {
            AuthLog.CallerTokenRefused(logger);
            return GraphQLAuthenticationResult.Unauthenticated("The bearer token was not accepted by Genesys Cloud.");
        }
        catch (Exception failure) when (!cancellationToken.IsCancellationRequested)
        {
            AuthLog.CallerOrganizationLookupFailed(logger, failure.GetType().Name, (failure as GenesysApiException)?.StatusCode is { } status ? (int)status : null);
            return GraphQLAuthenticationResult.Fail(new CallerOrganizationUnknownError());
        }

        return GraphQLAuthenticationResult.Success(new ClaimsPrincipal(new PassThroughIdentity(token, organizationId)));
    }
}
