using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.IO.Compression;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Gateway.Transport.Playground;

/// <summary>
/// The IDE's static build, catalogued once at start-up: only the files found then are ever served (no path from a
/// request reaches the file system), and each compressible file is compressed once per coding, on first request.
/// </summary>
internal sealed partial class BananaCakePopAssets
{
    /// <summary>Below this size compression saves less than the header costs.</summary>
    private const long MinimumCompressibleLength = 1024;

    private static readonly FrozenSet<string> CompressibleExtensions = FrozenSet.ToFrozenSet(
        [".js", ".css", ".html", ".json", ".svg", ".txt", ".webmanifest", ".ttf", ".ico", ".map"],
        StringComparer.OrdinalIgnoreCase);

    private readonly FrozenDictionary<string, BananaCakePopAsset> _assets;
    private readonly ConcurrentDictionary<(string Path, ContentCoding Coding), Lazy<Task<byte[]>>> _compressed = new();

    public BananaCakePopAssets(IOptions<BananaCakePopOptions> options, ILogger<BananaCakePopAssets> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        var settings = options.Value;
        AssetsPath = settings.ResolveAssetsPath();
        _assets = Catalogue(AssetsPath);
        IndexHtml = _assets.TryGetValue("index.html", out var index) ? File.ReadAllBytes(index.PhysicalPath) : null;
        InstallHint = settings.InstallHint;
        ConfigurationJson = JsonSerializer.SerializeToUtf8Bytes(
            new BananaCakePopConfigurationFile
            {
                Title = settings.Title,
                GraphQLDocument = string.IsNullOrWhiteSpace(settings.Document) ? null : settings.Document,
            },
            BananaCakePopJsonContext.Default.BananaCakePopConfigurationFile);

        if (IndexHtml is null)
        {
            PlaygroundLog.AssetsMissing(logger, AssetsPath, InstallHint);
        }
        else
        {
            PlaygroundLog.AssetsFound(logger, _assets.Count, AssetsPath);
        }
    }

    /// <summary>The folder the build was looked for in.</summary>
    public string AssetsPath { get; }

    /// <summary>How to install the build, for the page served when it is missing.</summary>
    public string InstallHint { get; }

    /// <summary>The build's <c>index.html</c>; <see langword="null"/> when the build is not installed.</summary>
    public byte[]? IndexHtml { get; }

    /// <summary>True when the build was found.</summary>
    public bool IsInstalled => IndexHtml is not null;

    /// <summary>The body of <c>bcp-config.json</c>.</summary>
    public byte[] ConfigurationJson { get; }

    /// <summary>The asset at <paramref name="relativePath"/> (<c>static/js/…</c>), or <see langword="null"/>.</summary>
    public BananaCakePopAsset? Find(string relativePath) => _assets.GetValueOrDefault(relativePath);

    /// <summary>The asset's bytes in <paramref name="coding"/>, compressed on first use and kept.</summary>
    public Task<byte[]> GetCompressedAsync(BananaCakePopAsset asset, ContentCoding coding)
    {
        ArgumentNullException.ThrowIfNull(asset);
        var entry = _compressed.GetOrAdd(
            (asset.RelativePath, coding),
            static (key, state) => new Lazy<Task<byte[]>>(() => CompressAsync(state, key.Coding)),
            asset);
        var task = entry.Value;
        if (task.IsFaulted)
        {
            // A failed read (the file changed under us) is not kept: the next request tries again.
            _compressed.TryRemove(new KeyValuePair<(string, ContentCoding), Lazy<Task<byte[]>>>((asset.RelativePath, coding), entry));
        }

        return task;
    }

    private static async Task<byte[]> CompressAsync(BananaCakePopAsset asset, ContentCoding coding)
    {
        var source = await File.ReadAllBytesAsync(asset.PhysicalPath);
        using var target = new MemoryStream(source.Length / 3);
        await using (Stream compressor = coding == ContentCoding.Brotli
            ? new BrotliStream(target, CompressionLevel.Optimal, leaveOpen: true)
            : new GZipStream(target, CompressionLevel.Optimal, leaveOpen: true))
        {
            await compressor.WriteAsync(source);
        }

        return target.ToArray();
    }

    private static FrozenDictionary<string, BananaCakePopAsset> Catalogue(string root)
    {
        if (!Directory.Exists(root))
        {
            return FrozenDictionary<string, BananaCakePopAsset>.Empty;
        }

        var contentTypes = new FileExtensionContentTypeProvider();
        contentTypes.Mappings[".webmanifest"] = "application/manifest+json";
        var assets = new Dictionary<string, BananaCakePopAsset>(StringComparer.Ordinal);
        foreach (var path in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories))
        {
            var relativePath = Path.GetRelativePath(root, path).Replace(Path.DirectorySeparatorChar, '/');
            if (relativePath.StartsWith('.') || relativePath.Contains("/.", StringComparison.Ordinal)
                || !contentTypes.TryGetContentType(path, out var contentType))
            {
                continue;
            }

            var file = new FileInfo(path);
            var lastModified = new DateTimeOffset(file.LastWriteTimeUtc.Ticks - (file.LastWriteTimeUtc.Ticks % TimeSpan.TicksPerSecond), TimeSpan.Zero);
            assets[relativePath] = new BananaCakePopAsset(
                relativePath,
                path,
                contentType,
                file.Length,
                lastModified,
                $"\"{file.Length:x}-{lastModified.ToUnixTimeSeconds():x}\"",
                IsFingerprinted: FingerprintPattern().IsMatch(Path.GetFileName(path)),
                IsCompressible: file.Length >= MinimumCompressibleLength && CompressibleExtensions.Contains(Path.GetExtension(path)));
        }

        return assets.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>A name with a content hash the bundler put in it: <c>main.0349187e.js</c>, <c>codicon.184be8c3aa435ca6c3f5.ttf</c>.</summary>
    [GeneratedRegex(@"\.[0-9a-f]{8,32}\.", RegexOptions.CultureInvariant)]
    private static partial Regex FingerprintPattern();
}
