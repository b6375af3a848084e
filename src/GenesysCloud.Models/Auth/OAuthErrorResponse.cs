using System.Text.Json.Serialization;

namespace GenesysCloud.Models;

/// <summary>The OAuth server's error body.</summary>
public sealed record OAuthErrorResponse
{
    /// <summary>The OAuth error code, e.g. `invalid_client`.</summary>
    [JsonPropertyName("error")]
    public string? Error { get; init; }

    /// <summary>A description.</summary>
    [JsonPropertyName("description")]
    public string? Description { get; init; }

    /// <summary>A description (RFC 6749 name).</summary>
    [JsonPropertyName("error_description")]
    public string? ErrorDescription { get; init; }
}
