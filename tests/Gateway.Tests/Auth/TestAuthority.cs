using System.Net;
using System.Net.Sockets;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Gateway.Tests.Auth;

/// <summary>
/// A token issuer on a loopback port: its OpenID Connect discovery document and JWKS (one RSA key) over plain HTTP, and
/// tokens signed with that key (or, for the wrong-signature case, another key under the same key id). A raw socket
/// rather than a second ASP.NET host, so no WebApplicationFactory can take it for its own.
/// </summary>
public sealed class TestAuthority : IAsyncDisposable
{
    private const string KeyId = "test-signing-key";
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly RSA _signingKey = RSA.Create(2048);
    private readonly RSA _otherKey = RSA.Create(2048);
    private readonly CancellationTokenSource _stopping = new();
    private readonly Task _serving;
    private int _metadataRequests;

    public TestAuthority()
    {
        _listener.Start();
        Issuer = $"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}/";
        _serving = ServeAsync();
    }

    /// <summary>The authority and issuer (<c>iss</c>), with its trailing slash.</summary>
    public string Issuer { get; }

    /// <summary>Requests for the discovery document and the JWKS: proof that the handler read the keys from here.</summary>
    public int MetadataRequests => Volatile.Read(ref _metadataRequests);

    /// <summary>A token for <paramref name="audience"/>, valid from now for <paramref name="lifetime"/> (negative: expired).</summary>
    public string CreateToken(string audience, TimeSpan? lifetime = null, bool wrongKey = false)
    {
        var now = DateTime.UtcNow;
        var life = lifetime ?? TimeSpan.FromMinutes(10);
        var expires = now + life;
        var notBefore = life < TimeSpan.Zero ? expires - TimeSpan.FromMinutes(30) : now.AddMinutes(-1);
        var key = new RsaSecurityKey(wrongKey ? _otherKey : _signingKey) { KeyId = KeyId };
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = audience,
            Subject = new ClaimsIdentity([new Claim("sub", "dashboard-service")]),
            NotBefore = notBefore,
            IssuedAt = notBefore,
            Expires = expires,
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.RsaSha256),
        });
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        _listener.Stop();
        try
        {
            await _serving;
        }
        catch (Exception ex) when (ex is OperationCanceledException or SocketException or ObjectDisposedException)
        {
            // Stopped.
        }

        _signingKey.Dispose();
        _otherKey.Dispose();
        _stopping.Dispose();
    }

    private async Task ServeAsync()
    {
        while (!_stopping.IsCancellationRequested)
        {
            var client = await _listener.AcceptTcpClientAsync(_stopping.Token);
            _ = AnswerAsync(client);
        }
    }

    private async Task AnswerAsync(TcpClient client)
    {
        using (client)
        {
            var stream = client.GetStream();
            var request = new StringBuilder();
            var buffer = new byte[4096];
            while (!request.ToString().Contains("\r\n\r\n", StringComparison.Ordinal))
            {
                var read = await stream.ReadAsync(buffer, _stopping.Token);
                if (read == 0)
                {
                    return;
                }

                request.Append(Encoding.ASCII.GetString(buffer, 0, read));
            }

            var path = request.ToString().Split(' ', 3)[1];
            var (status, body) = path switch
            {
                "/.well-known/openid-configuration" => ("200 OK", Discovery()),
                "/jwks" => ("200 OK", Jwks()),
                _ => ("404 Not Found", "{}"),
            };
            if (status.StartsWith("200", StringComparison.Ordinal))
            {
                Interlocked.Increment(ref _metadataRequests);
            }

            var bytes = Encoding.UTF8.GetBytes(body);
            var head = $"HTTP/1.1 {status}\r\nContent-Type: application/json\r\nContent-Length: {bytes.Length}\r\nConnection: close\r\n\r\n";
            await stream.WriteAsync(Encoding.ASCII.GetBytes(head), _stopping.Token);
            await stream.WriteAsync(bytes, _stopping.Token);
        }
    }

    private string Discovery() => JsonSerializer.Serialize(new Dictionary<string, object>
    {
        ["issuer"] = Issuer,
        ["jwks_uri"] = $"{Issuer}jwks",
        ["authorization_endpoint"] = $"{Issuer}authorize",
        ["token_endpoint"] = $"{Issuer}token",
        ["response_types_supported"] = new[] { "token" },
        ["subject_types_supported"] = new[] { "public" },
        ["id_token_signing_alg_values_supported"] = new[] { "RS256" },
    });

    private string Jwks()
    {
        var parameters = _signingKey.ExportParameters(includePrivateParameters: false);
        return JsonSerializer.Serialize(new
        {
            keys = new[]
            {
                new { kty = "RSA", use = "sig", alg = "RS256", kid = KeyId, n = Base64UrlEncoder.Encode(parameters.Modulus), e = Base64UrlEncoder.Encode(parameters.Exponent) },
            },
        });
    }
}
