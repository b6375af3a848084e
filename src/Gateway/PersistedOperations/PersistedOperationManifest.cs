using System.Text.Json;
using Gateway.Transport.PersistedOperations;

namespace Gateway.PersistedOperations;

/// <summary>
/// The trusted operations of a manifest file, by their id and by the SHA-256 of their text (so an APQ client, which
/// hashes what it sends, finds them whatever ids the manifest uses). Two formats: a map <c>{ "&lt;id&gt;": "&lt;query&gt;" }</c>
/// (GraphQL Code Generator's <c>persisted-documents.json</c>, Relay) and Apollo's
/// <c>{ "format": "apollo-persisted-query-manifest", "version": 1, "operations": [{ "id", "body", "name", "type" }] }</c>.
/// </summary>
public sealed class PersistedOperationManifest
{
    private const string ApolloFormat = "apollo-persisted-query-manifest";

    private readonly Dictionary<string, string> _operations;

    private PersistedOperationManifest(Dictionary<string, string> operations, int count)
    {
        _operations = operations;
        Count = count;
    }

    public static PersistedOperationManifest Empty { get; } = new(new Dictionary<string, string>(StringComparer.Ordinal), 0);

    /// <summary>Operations in the file.</summary>
    public int Count { get; }

    /// <summary>The text of the operation with this id or SHA-256 hash, or <see langword="null"/>.</summary>
    public string? Find(string id) => _operations.GetValueOrDefault(id);

    /// <summary>Reads and checks the file.</summary>
    /// <exception cref="InvalidDataException">The file is missing, unreadable or not a manifest; the message says why.</exception>
    public static PersistedOperationManifest Load(string path)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new InvalidDataException($"The persisted operation manifest '{path}' cannot be read: {ex.Message}", ex);
        }

        try
        {
            using var document = JsonDocument.Parse(bytes);
            var entries = ReadEntries(document.RootElement);
            var operations = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var (id, body) in entries)
            {
                if (PersistedQueryExtension.IsSha256Hex(id) && !string.Equals(id, PersistedQueryExtension.ComputeHash(body), StringComparison.OrdinalIgnoreCase))
                {
                    throw new InvalidDataException($"Operation '{id}' of the persisted operation manifest '{path}': the id is a SHA-256 hash, but not its body's.");
                }

                operations[PersistedQueryExtension.IsSha256Hex(id) ? id.ToLowerInvariant() : id] = body;
                operations[PersistedQueryExtension.ComputeHash(body)] = body;
            }

            return new PersistedOperationManifest(operations, entries.Count);
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"The persisted operation manifest '{path}' is not valid JSON: {ex.Message}", ex);
        }
        catch (FormatException ex)
        {
            throw new InvalidDataException($"The persisted operation manifest '{path}' is not a manifest: {ex.Message}", ex);
        }
    }

    private static List<(string Id, string Body)> ReadEntries(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new FormatException("its root must be a JSON object.");
        }

        if (root.TryGetProperty("format", out var format) && format.ValueKind == JsonValueKind.String)
        {
            return ReadApolloManifest(root, format.GetString());
        }

        var entries = new List<(string, string)>();
        foreach (var property in root.EnumerateObject())
        {
            if (property.Value.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(property.Value.GetString()))
            {
                throw new FormatException($"the value of '{property.Name}' must be the operation's text.");
            }

            entries.Add((property.Name, property.Value.GetString()!));
        }

        return entries;
    }

    private static List<(string, string)> ReadApolloManifest(JsonElement root, string? format)
    {
        if (format != ApolloFormat)
        {
            throw new FormatException($"format '{format}' is not '{ApolloFormat}'.");
        }

        if (!root.TryGetProperty("version", out var version) || !version.TryGetInt32(out var number) || number != 1)
        {
            throw new FormatException("only version 1 of the Apollo manifest is supported.");
        }

        if (!root.TryGetProperty("operations", out var operations) || operations.ValueKind != JsonValueKind.Array)
        {
            throw new FormatException("'operations' must be an array.");
        }

        var entries = new List<(string, string)>();
        foreach (var operation in operations.EnumerateArray())
        {
            if (operation.ValueKind != JsonValueKind.Object
                || !operation.TryGetProperty("id", out var id) || id.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(id.GetString())
                || !operation.TryGetProperty("body", out var body) || body.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(body.GetString()))
            {
                throw new FormatException("every operation needs a string 'id' and 'body'.");
            }

            entries.Add((id.GetString()!, body.GetString()!));
        }

        return entries;
    }
}
