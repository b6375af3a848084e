using System.Buffers;
using System.Security.Cryptography;
using System.Text;
using GraphQL;

namespace Gateway.Transport.PersistedOperations;

/// <summary>
/// The APQ request extension, <c>extensions.persistedQuery</c>: <c>{ "version": 1, "sha256Hash": "&lt;64 hex&gt;" }</c>,
/// and the hashing both sides agree on (lowercase hex of SHA-256 over the query's UTF-8 bytes).
/// </summary>
public sealed record PersistedQueryExtension(string Sha256Hash)
{
    private static readonly SearchValues<char> HexDigits = SearchValues.Create("0123456789abcdefABCDEF");

    /// <summary>The extension's name in <c>extensions</c>.</summary>
    public const string ExtensionName = "persistedQuery";

    /// <summary>The only protocol version there is.</summary>
    public const int SupportedVersion = 1;

    /// <summary>The extension of <paramref name="extensions"/>; <see langword="null"/> when absent; a malformed one is refused.</summary>
    /// <exception cref="PersistedQueryInvalidError">The extension is there but not of the protocol's shape.</exception>
    public static PersistedQueryExtension? Read(Inputs? extensions)
    {
        if (extensions is null || !extensions.TryGetValue(ExtensionName, out var value) || value is null)
        {
            return null;
        }

        if (value is not IReadOnlyDictionary<string, object?> extension)
        {
            throw new PersistedQueryInvalidError("'extensions.persistedQuery' must be an object.");
        }

        if (!extension.TryGetValue("version", out var version) || !IsSupportedVersion(version))
        {
            throw new PersistedQueryInvalidError($"Unsupported persisted query version: only version {SupportedVersion} is supported.");
        }

        if (!extension.TryGetValue("sha256Hash", out var hash) || hash is not string text || !IsSha256Hex(text))
        {
            throw new PersistedQueryInvalidError("'extensions.persistedQuery.sha256Hash' must be the 64 hexadecimal digits of a SHA-256 hash.");
        }

        return new PersistedQueryExtension(text.ToLowerInvariant());
    }

    /// <summary>Lowercase hex of the SHA-256 of <paramref name="query"/>'s UTF-8 bytes.</summary>
    public static string ComputeHash(string query)
    {
        ArgumentNullException.ThrowIfNull(query);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(query)));
    }

    /// <summary>True for 64 hexadecimal digits (either case).</summary>
    public static bool IsSha256Hex(string value)
        => value is { Length: 64 } && !value.AsSpan().ContainsAnyExcept(HexDigits);

    // The serializer reads JSON numbers as the smallest fitting type; 1.0 or "1" are not the protocol's 1.
    private static bool IsSupportedVersion(object? version) => version switch
    {
        int number => number == SupportedVersion,
        long number => number == SupportedVersion,
        _ => false,
    };
}
