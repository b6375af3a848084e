using System.Text.Json;

namespace Gateway.Transport.Authentication;

/// <summary>
/// Reads the bearer token from a graphql-transport-ws <c>connection_init</c> payload, where browser clients put it
/// (they cannot set headers on a WebSocket): <c>{ "Authorization": "Bearer …" }</c>, <c>authorization</c>, or <c>token</c>.
/// </summary>
public static class GraphQLConnectionInitToken
{
    private const string BearerPrefix = "Bearer ";

    /// <summary>The token, or null when the payload carries none.</summary>
    public static string? Read(JsonElement? payload)
    {
        if (payload is not { ValueKind: JsonValueKind.Object } value)
        {
            return null;
        }

        foreach (var property in value.EnumerateObject())
        {
            if (property.Value.ValueKind != JsonValueKind.String)
            {
                continue;
            }

            var text = property.Value.GetString()!.Trim();
            if (property.NameEquals("Authorization") || property.NameEquals("authorization"))
            {
                return text.StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase) ? NonEmpty(text[BearerPrefix.Length..].Trim()) : null;
            }

            if (property.NameEquals("token"))
            {
                return NonEmpty(text.StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase) ? text[BearerPrefix.Length..].Trim() : text);
            }
        }

        return null;
    }

    /// <summary>The token of an <c>Authorization: Bearer …</c> header value, or null.</summary>
    public static string? FromAuthorizationHeader(string? header)
        => header is not null && header.StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase)
            ? NonEmpty(header[BearerPrefix.Length..].Trim())
            : null;

    private static string? NonEmpty(string token) => token.Length == 0 ? null : token;
}
