namespace Gateway.Transport.Playground;

/// <summary>One file of the IDE's static build, as served.</summary>
/// <param name="RelativePath">The path below the endpoint, with <c>/</c> separators (<c>static/js/main.0349187e.js</c>).</param>
/// <param name="PhysicalPath">Where it lies on disk.</param>
/// <param name="ContentType">Its media type, from its extension.</param>
/// <param name="Length">Its size in bytes.</param>
/// <param name="LastModified">When it was written, to the second (as HTTP dates are).</param>
/// <param name="ETag">A strong validator of the file's identity content (size and time).</param>
/// <param name="IsFingerprinted">Its name carries a content hash, so it may be cached for good.</param>
/// <param name="IsCompressible">Text-like and large enough to be worth compressing.</param>
internal sealed record BananaCakePopAsset(
    string RelativePath,
    string PhysicalPath,
    string ContentType,
    long Length,
    DateTimeOffset LastModified,
    string ETag,
    bool IsFingerprinted,
    bool IsCompressible);
