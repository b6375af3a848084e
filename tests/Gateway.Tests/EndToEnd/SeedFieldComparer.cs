using System.Text.Json;
using System.Text.Json.Nodes;

namespace Gateway.Tests.EndToEnd;

/// <summary>
/// Compares a GraphQL answer with the upstream JSON it was made from, field by field: a field the upstream sent
/// must come back with the same value and JSON type. The differences the schema makes on purpose are spelled out:
/// entity references come back resolved (compared by id), maps come back as key/value lists, and the three
/// Session enums come back as GraphQL enum names with the raw string beside them.
/// </summary>
internal static class SeedFieldComparer
{
    private static readonly HashSet<string> ResolvedReferences = ["externalContact", "conversation", "lastConnectedUser", "lastConnectedQueue", "segment", "user"];
    private static readonly HashSet<string> SessionEnums = ["originatingDirection", "lastUserDisconnectType", "lastAcdOutcome"];
    private static readonly HashSet<string> Maps = ["attributes", "attributeLists"];

    /// <summary>Every difference, as "path: expected … got …"; empty when the answer is faithful.</summary>
    public static IReadOnlyList<string> Differences(JsonNode expected, JsonElement actual)
    {
        var differences = new List<string>();
        CompareObject("$", expected.AsObject(), actual, differences);
        return differences;
    }

    /// <summary>The GraphQL enum name the schema gives an upstream value (Inbound → INBOUND, FlowOut → FLOW_OUT).</summary>
    public static string EnumName(string upstreamValue)
    {
        var builder = new System.Text.StringBuilder();
        for (var i = 0; i < upstreamValue.Length; i++)
        {
            if (i > 0 && char.IsUpper(upstreamValue[i]))
            {
                builder.Append('_');
            }

            builder.Append(char.ToUpperInvariant(upstreamValue[i]));
        }

        return builder.ToString();
    }

    private static void CompareObject(string path, JsonObject expected, JsonElement actual, List<string> differences)
    {
        if (actual.ValueKind != JsonValueKind.Object)
        {
            differences.Add($"{path}: expected an object, got {actual.ValueKind}");
            return;
        }

        foreach (var (name, value) in expected)
        {
            var fieldPath = $"{path}.{name}";
            if (!actual.TryGetProperty(name, out var actualValue))
            {
                differences.Add($"{fieldPath}: not in the answer (not selected, or not in the schema)");
                continue;
            }

            if (value is null)
            {
                continue;
            }

            if (ResolvedReferences.Contains(name))
            {
                CompareScalar($"{fieldPath}.id", value["id"], actualValue.GetProperty("id"), differences);
            }
            else if (SessionEnums.Contains(name))
            {
                var raw = value.GetValue<string>();
                CompareScalar($"{fieldPath}Raw", value, actual.GetProperty(name + "Raw"), differences);
                var got = actualValue.GetString();
                if (got != EnumName(raw) && got != "OUTDATED_SDK_VERSION")
                {
                    differences.Add($"{fieldPath}: upstream {raw}, got {got}");
                }
            }
            else if (Maps.Contains(name))
            {
                var entries = actualValue.EnumerateArray().ToDictionary(e => e.GetProperty("key").GetString()!, e => e.GetProperty("value"));
                foreach (var (key, entry) in value.AsObject())
                {
                    if (!entries.TryGetValue(key, out var actualEntry))
                    {
                        differences.Add($"{fieldPath}[{key}]: missing");
                        continue;
                    }

                    CompareObject($"{fieldPath}[{key}]", entry!.AsObject(), actualEntry, differences);
                }

                if (entries.Count != value.AsObject().Count)
                {
                    differences.Add($"{fieldPath}: {value.AsObject().Count} entries upstream, {entries.Count} in the answer");
                }
            }
            else
            {
                CompareValue(fieldPath, value, actualValue, differences);
            }
        }
    }

    private static void CompareValue(string path, JsonNode expected, JsonElement actual, List<string> differences)
    {
        switch (expected)
        {
            case JsonObject obj:
                CompareObject(path, obj, actual, differences);
                break;
            case JsonArray array:
                if (actual.ValueKind != JsonValueKind.Array || actual.GetArrayLength() != array.Count)
                {
                    differences.Add($"{path}: expected {array.Count} items, got {actual}");
                    return;
                }

                for (var i = 0; i < array.Count; i++)
                {
                    CompareValue($"{path}[{i}]", array[i]!, actual[i], differences);
                }

                break;
            default:
                CompareScalar(path, expected, actual, differences);
                break;
        }
    }

    private static void CompareScalar(string path, JsonNode? expected, JsonElement actual, List<string> differences)
    {
        var expectedElement = JsonSerializer.SerializeToElement(expected);
        var same = expectedElement.ValueKind == actual.ValueKind && (expectedElement.ValueKind == JsonValueKind.String
            ? expectedElement.GetString() == actual.GetString() // the two sides may escape characters differently
            : expectedElement.GetRawText() == actual.GetRawText());
        if (!same)
        {
            differences.Add($"{path}: expected {expectedElement.GetRawText()} ({expectedElement.ValueKind}), got {actual.GetRawText()} ({actual.ValueKind})");
        }
    }
}
