using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using GenesysCloud.Models;
using Microsoft.Extensions.Logging;

namespace Gateway.Upstream;

/// <summary>
/// Holds the client-credentials access token every upstream call presents: fetched once however many calls ask
/// at the same time, reused until a minute before it expires, replaced when the API rejects it or when the
/// credentials in effect (<see cref="UpstreamConnection"/>) change. Singleton, thread-safe. The one fetch in flight
/// belongs to no caller: a caller that gives up (its client went away) stops waiting, the fetch goes on for the others.
/// </summary>
public sealed class OAuthTokenProvider
{
    // Refresh this long before expiry so a token never expires in flight.
    private static readonly TimeSpan RefreshMargin = TimeSpan.FromSeconds(60);

    private static readonly KeyValuePair<string, string>[] GrantForm = [new("grant_type", "client_credentials")];

    private readonly IHttpClientFactory _httpClientFactory;
    private readonly UpstreamConnection _connection;
    private readonly TimeProvider _time;
    private readonly ILogger<OAuthTokenProvider> _logger;
    private readonly Lock _gate = new();
    private volatile CachedToken? _current;
    private Task<CachedToken>? _inFlight;

    public OAuthTokenProvider(IHttpClientFactory httpClientFactory, UpstreamConnection connection, TimeProvider time, ILogger<OAuthTokenProvider> logger)
    {
        ArgumentNullException.ThrowIfNull(httpClientFactory);
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(logger);
        _httpClientFactory = httpClientFactory;
        _connection = connection;
        _time = time;
        _logger = logger;
    }

    /// <summary>The token to present now; fetches one when none is held or the held one is about to expire.</summary>
    public ValueTask<string> GetTokenAsync(CancellationToken cancellationToken)
    {
        var current = _current;
        return current is not null && current.IsUsable(_connection, _time.GetUtcNow())
            ? ValueTask.FromResult(current.AccessToken)
            : new ValueTask<string>(AcquireAsync(rejectedToken: null, cancellationToken));
    }

    /// <summary>
    /// A token other than <paramref name="rejectedToken"/>, which the API refused: when several calls were refused
    /// with the same token, only the first fetches a new one.
    /// </summary>
    public Task<string> RefreshAsync(string rejectedToken, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(rejectedToken);
        return AcquireAsync(rejectedToken, cancellationToken);
    }

    /// <summary>Forgets the held token (credentials rotated); the next call fetches a new one.</summary>
    public void Invalidate() => _current = null;

    private async Task<string> AcquireAsync(string? rejectedToken, CancellationToken cancellationToken)
    {
        TaskCompletionSource<CachedToken>? started = null;
        Task<CachedToken> fetch;
        lock (_gate)
        {
            // A fetch that finished before we got here may have brought the token we need.
            var current = _current;
            if (current is not null
                && current.IsUsable(_connection, _time.GetUtcNow())
                && !string.Equals(current.AccessToken, rejectedToken, StringComparison.Ordinal))
            {
                return current.AccessToken;
            }

            if (_inFlight is null)
            {
                started = new TaskCompletionSource<CachedToken>(TaskCreationOptions.RunContinuationsAsynchronously);
                _inFlight = started.Task;
            }

            fetch = _inFlight;
        }

        if (started is not null)
        {
            _ = CompleteFetchAsync(started);
        }

        var token = await fetch.WaitAsync(cancellationToken).ConfigureAwait(false);
        return token.AccessToken;
    }

    // Runs the shared fetch to its end whoever waits for it; its own pipeline bounds it in time.
    private async Task CompleteFetchAsync(TaskCompletionSource<CachedToken> fetch)
    {
        try
        {
            var fresh = await FetchAsync(CancellationToken.None).ConfigureAwait(false);
            _current = fresh;
            fetch.SetResult(fresh);
        }
        catch (Exception exception)
        {
            fetch.SetException(exception);
        }
        finally
        {
            lock (_gate)
            {
                if (_inFlight == fetch.Task)
                {
                    _inFlight = null;
                }
            }
        }
    }

    private async Task<CachedToken> FetchAsync(CancellationToken cancellationToken)
    {
        var loginBaseUrl = _connection.LoginBaseUrl;
        var clientId = _connection.ClientId;
        var clientSecret = _connection.ClientSecret;
        if (string.IsNullOrEmpty(clientId))
        {
            UpstreamLog.NoCredentials(_logger);
            throw new GenesysApiException(HttpStatusCode.Unauthorized, UpstreamFailures.AuthenticationFailed);
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, UpstreamUri.Combine(loginBaseUrl, "oauth/token"))
        {
            Content = new FormUrlEncodedContent(GrantForm),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue(
            "Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{clientId}:{clientSecret}")));
        request.Options.Set(UpstreamRoutes.RequestOption, UpstreamRoutes.OAuthToken);

        try
        {
            var client = _httpClientFactory.CreateClient(UpstreamHttpClientNames.OAuth);
            using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
            {
                throw await RefusalAsync(response, cancellationToken).ConfigureAwait(false);
            }

            var token = await UpstreamJson.ReadAsync(response.Content, GenesysJsonContext.Default.OAuthTokenResponse, cancellationToken).ConfigureAwait(false);
            if (token is null || string.IsNullOrEmpty(token.AccessToken))
            {
                throw UpstreamFailures.Unreadable();
            }

            UpstreamLog.TokenAcquired(_logger, token.ExpiresIn);
            return new CachedToken(token.AccessToken, RefreshAt(token.ExpiresIn), loginBaseUrl, clientId, clientSecret);
        }
        catch (Exception exception) when (UpstreamFailures.Translate(exception, UpstreamRoutes.OAuthToken, _logger, cancellationToken) is { } failure)
        {
            throw failure;
        }
    }

    private DateTimeOffset RefreshAt(int expiresInSeconds)
    {
        var lifetime = TimeSpan.FromSeconds(Math.Max(0, expiresInSeconds));

        // A short-lived token (under two minutes) is renewed at half its life instead.
        var usable = lifetime > 2 * RefreshMargin ? lifetime - RefreshMargin : lifetime / 2;
        return _time.GetUtcNow() + usable;
    }

    private async Task<GenesysApiException> RefusalAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        OAuthErrorResponse? error = null;
        try
        {
            error = await UpstreamJson.ReadAsync(response.Content, GenesysJsonContext.Default.OAuthErrorResponse, cancellationToken).ConfigureAwait(false);
        }
        catch (JsonException)
        {
            // A proxy's HTML page: the status says enough.
        }

        var status = (int)response.StatusCode;
        UpstreamLog.TokenRefused(_logger, status, error?.Error);

        // The login service being down or busy is not bad credentials: keep its status so it reads as transient.
        return status is 429 or >= 500
            ? new GenesysApiException(response.StatusCode, UpstreamFailures.AuthenticationUnavailable, retryAfter: RetryAfterHeader.Read(response, _time))
            : new GenesysApiException(HttpStatusCode.Unauthorized, UpstreamFailures.AuthenticationFailed);
    }

    private sealed record CachedToken(string AccessToken, DateTimeOffset RefreshAt, Uri LoginBaseUrl, string ClientId, string ClientSecret)
    {
        public bool IsUsable(UpstreamConnection connection, DateTimeOffset now)
            => now < RefreshAt
               && LoginBaseUrl == connection.LoginBaseUrl
               && string.Equals(ClientId, connection.ClientId, StringComparison.Ordinal)
               && string.Equals(ClientSecret, connection.ClientSecret, StringComparison.Ordinal);
    }
}
