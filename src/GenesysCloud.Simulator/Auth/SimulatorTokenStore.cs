using System.Collections.Concurrent;
using System.Security.Cryptography;
using Microsoft.Extensions.Options;

namespace GenesysCloud.Simulator;

/// <summary>Issues opaque bearer tokens to configured clients and resolves them back to their client and organization.</summary>
public sealed class SimulatorTokenStore
{
    private readonly ConcurrentQueue<string> _everIssued = new();
    private readonly ConcurrentDictionary<string, IssuedToken> _tokens = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SimulatorClientOptions> _clients;
    private readonly TimeSpan _lifetime;
    private readonly TimeProvider _time;
    private int _issuedSincePrune;

    public SimulatorTokenStore(IOptions<SimulatorOptions> options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        _clients = options.Value.EffectiveClients.ToDictionary(c => c.ClientId, StringComparer.Ordinal);
        _lifetime = TimeSpan.FromSeconds(options.Value.TokenLifetimeSeconds);
        _time = time;
    }

    public TimeSpan Lifetime => _lifetime;

    /// <summary>The client with these credentials, or null; the secret is compared in constant time.</summary>
    public SimulatorClientOptions? Authenticate(string clientId, string clientSecret)
    {
        if (!_clients.TryGetValue(clientId, out var client))
        {
            return null;
        }

        var expected = System.Text.Encoding.UTF8.GetBytes(client.ClientSecret);
        var actual = System.Text.Encoding.UTF8.GetBytes(clientSecret);
        return CryptographicOperations.FixedTimeEquals(expected, actual) ? client : null;
    }

    public IssuedToken Issue(SimulatorClientOptions client)
    {
        ArgumentNullException.ThrowIfNull(client);
        PruneNowAndThen();
        var token = new IssuedToken(Base64UrlToken(), client, _time.GetUtcNow() + _lifetime);
        _tokens[token.AccessToken] = token;
        _everIssued.Enqueue(token.AccessToken);
        return token;
    }

    /// <summary>Resolves a bearer token: the issued token, or null when unknown or expired.</summary>
    public IssuedToken? Resolve(string accessToken)
    {
        if (!_tokens.TryGetValue(accessToken, out var token))
        {
            return null;
        }

        return token.ExpiresAt > _time.GetUtcNow() ? token : null;
    }

    /// <summary>Every access token issued since start, revoked and expired ones too: what tests look for in logs and answers.</summary>
    public IReadOnlyCollection<string> EverIssued => _everIssued;

    /// <summary>Drops every issued token, as a credential rotation would.</summary>
    public void RevokeAll() => _tokens.Clear();

    private static string Base64UrlToken() => System.Buffers.Text.Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(48));

    // A benchmark may ask for many tokens: forget expired ones every thousand issues.
    private void PruneNowAndThen()
    {
        if (Interlocked.Increment(ref _issuedSincePrune) % 1000 != 0)
        {
            return;
        }

        var now = _time.GetUtcNow();
        foreach (var (key, token) in _tokens)
        {
            if (token.ExpiresAt <= now)
            {
                _tokens.TryRemove(key, out _);
            }
        }
    }
}
