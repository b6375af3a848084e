using System.Text.Json;

namespace Gateway.Bench.Load;

/// <summary>Tells a clean GraphQL response from one carrying <c>errors</c>, reading only the top-level property names.</summary>
internal static class GraphQLResponseInspector
{
    /// <summary>Null for a response without errors; otherwise a short description of the first error (its code, else its message).</summary>
    public static string? FindError(ReadOnlySpan<byte> body)
    {
        try
        {
            var reader = new Utf8JsonReader(body);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return "response is not a JSON object";
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                if (reader.ValueTextEquals("errors"u8))
                {
                    return DescribeErrors(body);
                }

                reader.Read();
                reader.Skip();
            }

            return null;
        }
        catch (JsonException)
        {
            return "response is not valid JSON";
        }
    }

    private static string DescribeErrors(ReadOnlySpan<byte> body)
    {
        using var document = JsonDocument.Parse(body.ToArray());
        var errors = document.RootElement.GetProperty("errors");
        if (errors.ValueKind != JsonValueKind.Array || errors.GetArrayLength() == 0)
        {
            return "GraphQL errors (empty)";
        }

        var first = errors[0];
        var code = first.TryGetProperty("extensions", out var extensions) && extensions.ValueKind == JsonValueKind.Object
                   && extensions.TryGetProperty("code", out var codeElement)
            ? codeElement.GetString()
            : null;
        var message = first.TryGetProperty("message", out var messageElement) ? messageElement.GetString() ?? "" : "";
        if (message.Length > 100)
        {
            message = message[..100] + "…";
        }

        return $"GraphQL {code ?? "error"}: {message}";
    }
}
