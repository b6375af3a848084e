using System.Text.Json;

namespace Gateway.Tests.Conversations;

/// <summary>Reading a GraphQL answer in assertions.</summary>
internal static class JsonAnswers
{
    public static IReadOnlyList<JsonElement> Errors(this JsonElement answer)
        => answer.TryGetProperty("errors", out var errors) ? [.. errors.EnumerateArray()] : [];

    public static string? Code(this JsonElement error)
        => error.TryGetProperty("extensions", out var extensions) && extensions.TryGetProperty("code", out var code) ? code.GetString() : null;

    public static string PathText(this JsonElement error)
        => string.Join('.', error.GetProperty("path").EnumerateArray().Select(part => part.ToString()));

    public static JsonElement Data(this JsonElement answer, string name) => answer.GetProperty("data").GetProperty(name);

    public static List<string?> Strings(this JsonElement array, string property)
        => [.. array.EnumerateArray().Select(item => item.ValueKind == JsonValueKind.Null ? null : item.GetProperty(property).GetString())];
}
