using System.Text.Json.Serialization;

namespace GenesysCloud.Models;

/// <summary>The answer of `POST /oauth/token` for the client-credentials grant.</summary>
public sealed record OAuthTokenResponse
{
    /// <summary>The bearer token.</summary>
    [JsonPropertyName("access_token")]
    public required string AccessToken { get; init; }

    /// <summary>Always `bearer`.</summary>
    [JsonPropertyName("token_type")]
    public string? TokenType { get; init; }

    /// <summary>Seconds until the token expires.</summary>
    [JsonPropertyName("expires_in")]
    public int ExpiresIn { get; init; }
}
