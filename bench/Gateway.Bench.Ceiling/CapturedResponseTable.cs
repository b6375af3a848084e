using System.Text.Json;

namespace Gateway.Bench.Ceiling;

/// <summary>The captured answers by exact request body: what the ceiling serves.</summary>
internal sealed class CapturedResponseTable
{
    private readonly Dictionary<byte[], CapturedResponse> _byRequest;

    private CapturedResponseTable(IEnumerable<CapturedResponse> responses)
    {
        _byRequest = new Dictionary<byte[], CapturedResponse>(ByteArrayComparer.Instance);
        foreach (var response in responses)
        {
            _byRequest[response.Request] = response;
        }
    }

    public int Count => _byRequest.Count;

    /// <summary>Reads the file the runner wrote (a JSON array of <see cref="CapturedResponse"/>).</summary>
    public static CapturedResponseTable Load(string path)
    {
        using var file = File.OpenRead(path);
        var responses = JsonSerializer.Deserialize<List<CapturedResponse>>(file, JsonSerializerOptions.Web)
                        ?? throw new InvalidDataException($"{path} holds no captured responses");
        return new CapturedResponseTable(responses);
    }

    public bool TryGet(byte[] request, out CapturedResponse response) => _byRequest.TryGetValue(request, out response!);

    private sealed class ByteArrayComparer : IEqualityComparer<byte[]>
    {
        public static readonly ByteArrayComparer Instance = new();

        public bool Equals(byte[]? x, byte[]? y) => x.AsSpan().SequenceEqual(y);

        public int GetHashCode(byte[] obj)
        {
            var hash = new HashCode();
            hash.AddBytes(obj);
            return hash.ToHashCode();
        }
    }
}
