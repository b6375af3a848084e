using System.Collections.Frozen;

namespace Gateway.Sessions;

/// <summary>
/// Maps an enum value the upstream sends as a string (<c>"Inbound"</c>, <c>"TransportFailure"</c>) to
/// <typeparamref name="TEnum"/>, ignoring case and underscores. A value the gateway has never seen maps to the
/// caller's fallback instead of failing the read, as the platform SDKs do with <c>OutdatedSdkVersion</c>.
/// </summary>
public static class UpstreamEnumMapping<TEnum>
    where TEnum : struct, Enum
{
    private static readonly FrozenDictionary<string, TEnum> ValuesByName =
        Enum.GetValues<TEnum>().ToFrozenDictionary(value => Normalize(value.ToString()), StringComparer.OrdinalIgnoreCase);

    /// <summary>The enum value for <paramref name="raw"/>; <c>null</c> when the upstream sent none, <paramref name="unknownValue"/> when it is not one we know.</summary>
    public static TEnum? Map(string? raw, TEnum unknownValue)
    {
        if (raw is null)
        {
            return null;
        }

        return ValuesByName.TryGetValue(Normalize(raw), out var value) ? value : unknownValue;
    }

    /// <summary>True when <paramref name="raw"/> names a value of <typeparamref name="TEnum"/>.</summary>
    public static bool IsKnown(string raw) => ValuesByName.ContainsKey(Normalize(raw));

    // "TRANSPORT_FAILURE" and "TransportFailure" name the same value.
    private static string Normalize(string name) => name.Contains('_', StringComparison.Ordinal) ? name.Replace("_", string.Empty, StringComparison.Ordinal) : name;
}
