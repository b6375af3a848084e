using System.Collections.Concurrent;
using System.Runtime.InteropServices;
using System.Text.Json;

namespace Gateway.Transport.Pipeline;

/// <summary>
/// The query texts clients keep sending, by the bytes of their JSON string (escapes and quotes included): a hit hands
/// back the string read before, so a repeated query is neither unescaped nor transcoded to UTF-16 again. Measured on
/// a response-cache hit of a session's detail (a 2 KB query), reading the text was about 40% of the request's
/// allocations. Bounded in entries and in the length of a kept text; when full it starts over, so texts that stopped
/// coming make room for the ones that come now.
/// </summary>
public sealed class QueryTextCache
{
    private readonly ConcurrentDictionary<byte[], string> _texts = new(JsonBytesComparer.Instance);
    private readonly ConcurrentDictionary<byte[], string>.AlternateLookup<ReadOnlySpan<byte>> _lookup;
    private readonly int _maxEntries;
    private readonly int _maxBytes;

    /// <summary>Keeps up to <paramref name="maxEntries"/> texts (0: none) whose JSON strings are at most <paramref name="maxBytes"/> long.</summary>
    public QueryTextCache(int maxEntries, int maxBytes)
    {
        _maxEntries = maxEntries;
        _maxBytes = maxBytes;
        _lookup = _texts.GetAlternateLookup<ReadOnlySpan<byte>>();
    }

    /// <summary>The string of <paramref name="value"/>, a JSON string.</summary>
    public string Read(JsonElement value)
    {
        if (_maxEntries == 0)
        {
            return value.GetString()!;
        }

        var raw = JsonMarshal.GetRawUtf8Value(value);
        if (raw.Length > _maxBytes)
        {
            return value.GetString()!;
        }

        if (_lookup.TryGetValue(raw, out var text))
        {
            return text;
        }

        text = value.GetString()!;
        if (_texts.Count >= _maxEntries)
        {
            _texts.Clear();
        }

        _lookup.TryAdd(raw, text);
        return text;
    }

    // Byte-wise equality, with a span lookup that allocates nothing until a text is added.
    private sealed class JsonBytesComparer : IEqualityComparer<byte[]>, IAlternateEqualityComparer<ReadOnlySpan<byte>, byte[]>
    {
        public static readonly JsonBytesComparer Instance = new();

        public bool Equals(byte[]? x, byte[]? y) => x.AsSpan().SequenceEqual(y);

        public int GetHashCode(byte[] obj) => GetHashCode(obj.AsSpan());

        public bool Equals(ReadOnlySpan<byte> alternate, byte[] other) => alternate.SequenceEqual(other);

        public int GetHashCode(ReadOnlySpan<byte> alternate)
        {
            var hash = default(HashCode);
            hash.AddBytes(alternate);
            return hash.ToHashCode();
        }

        public byte[] Create(ReadOnlySpan<byte> alternate) => alternate.ToArray();
    }
}
