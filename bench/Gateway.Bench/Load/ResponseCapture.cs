namespace Gateway.Bench.Load;

/// <summary>
/// Keeps the last response body and content type per slot (request index modulo the slot count: a list cycling
/// through distinct requests keeps one body per distinct request), and counts the answers that differed from the
/// one kept before them in their slot.
/// </summary>
internal sealed class ResponseCapture(int slots)
{
    private readonly byte[]?[] _bodies = new byte[]?[slots];
    private readonly string?[] _contentTypes = new string?[slots];
    private readonly Lock _gate = new();

    public int Slots => slots;

    // What the response cache adds to a hit: written last by the gateway, and its ageSeconds grows between two hits.
    private static ReadOnlySpan<byte> ResponseCacheExtensions => ",\"extensions\":{\"responseCache\""u8;

    /// <summary>
    /// Answers that were not byte for byte the previous answer to the same request, a response cache hit's own
    /// <c>extensions</c> left out (a live entity changed).
    /// </summary>
    public int Changed { get; private set; }

    public void Record(int index, byte[] body, string? contentType)
    {
        var slot = index % slots;
        lock (_gate)
        {
            if (_bodies[slot] is { } previous && !WithoutResponseCacheExtensions(previous).SequenceEqual(WithoutResponseCacheExtensions(body)))
            {
                Changed++;
            }

            _bodies[slot] = body;
            _contentTypes[slot] = contentType;
        }
    }

    private static ReadOnlySpan<byte> WithoutResponseCacheExtensions(byte[] body)
    {
        // Without the extensions, up to the top-level object's closing brace, so a miss and a hit compare alike.
        var at = body.AsSpan().LastIndexOf(ResponseCacheExtensions);
        return at >= 0 ? body.AsSpan(0, at) : body.AsSpan(0, Math.Max(0, body.Length - 1));
    }

    /// <summary>The last answer kept in <paramref name="slot"/>, or null when none arrived.</summary>
    public (byte[] Body, string ContentType)? Get(int slot)
    {
        lock (_gate)
        {
            return _bodies[slot] is { } body ? (body, _contentTypes[slot] ?? "application/json") : null;
        }
    }
}
