using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.Logging;

namespace Gateway.Upstream;

/// <summary>
/// Presents the client-credentials bearer token on every attempt of an API call (it sits inside the resilience
/// handler, so each retry gets the token in effect). A 401 refreshes the token once and sends the call again. A call
/// made for a pass-through caller (<see cref="UpstreamCaller.Current"/>) presents the caller's token instead.
/// </summary>
public sealed class OAuthTokenHandler : DelegatingHandler
{
    private readonly OAuthTokenProvider _tokens;
    private readonly ILogger<OAuthTokenHandler> _logger;

    public OAuthTokenHandler(OAuthTokenProvider tokens, ILogger<OAuthTokenHandler> logger)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(logger);
        _tokens = tokens;
        _logger = logger;
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (UpstreamCaller.Current is { } caller)
        {
            // Pass-through: the caller's own token, and its 401 is the caller's answer (there is nothing to refresh).
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", caller.AccessToken);
            return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }

        var token = await _tokens.GetTokenAsync(cancellationToken).ConfigureAwait(false);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (response.StatusCode != HttpStatusCode.Unauthorized)
        {
            return response;
        }

        // The token was revoked or expired early: one new token, one more try; a second 401 is the caller's answer.
        UpstreamLog.TokenRejected(_logger, UpstreamRoutes.Of(request));
        response.Dispose();
        token = await _tokens.RefreshAsync(token, cancellationToken).ConfigureAwait(false);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
    }
}
