namespace Gateway.Transport.Playground;

/// <summary>The compressed representations an asset is served in, besides identity.</summary>
internal enum ContentCoding
{
    /// <summary><c>br</c>.</summary>
    Brotli,

    /// <summary><c>gzip</c>.</summary>
    Gzip,
}
