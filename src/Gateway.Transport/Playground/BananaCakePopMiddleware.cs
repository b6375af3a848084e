using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Gateway.Transport.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace Gateway.Transport.Playground;

/// <summary>
/// Serves the Banana Cake Pop IDE's static build at a path, as HotChocolate does: a browser that opens the path is
/// redirected to it with a trailing slash (the build loads its assets by relative path), which answers the build's
/// <c>index.html</c>; <c>bcp-config.json</c> beside it points the IDE at the URL it was loaded from; every other file
/// of the build is served below the path, with long-lived caching for fingerprinted names and compression.
/// When the build is not installed, a browser gets a small page that says how to install it. Anything else goes on
/// to the next middleware.
/// </summary>
public sealed class BananaCakePopMiddleware
{
    private const string ConfigurationFileName = "bcp-config.json";
    private const string NoStore = "no-store";
    private const string Revalidate = "no-cache";
    private const string Immutable = "public, max-age=31536000, immutable";

    private readonly RequestDelegate _next;
    private readonly PathString _path;
    private readonly BananaCakePopAssets? _assets;

    /// <summary>Creates the middleware for the IDE at <paramref name="path"/> (e.g. <c>/graphql</c>).</summary>
    public BananaCakePopMiddleware(RequestDelegate next, PathString path, IOptions<BananaCakePopOptions> options, IServiceProvider services)
    {
        ArgumentNullException.ThrowIfNull(next);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(services);
        if (!path.HasValue || path.Value.EndsWith('/'))
        {
            throw new ArgumentException("The playground's path must start with '/' and not end with one, e.g. /graphql.", nameof(path));
        }

        _next = next;
        _path = path;
        // Switched off, the build is not even looked for (and its absence not logged).
        _assets = options.Value.Enabled == true ? services.GetRequiredService<BananaCakePopAssets>() : null;
    }

    /// <summary>Handles one request.</summary>
    public Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var request = context.Request;
        if (_assets is null
            || !(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
            || !request.Path.StartsWithSegments(_path, StringComparison.OrdinalIgnoreCase, out var remaining))
        {
            return _next(context);
        }

        if (!remaining.HasValue || remaining.Value == "/")
        {
            if (!AcceptHeader.PrefersHtml(request.Headers.Accept))
            {
                return _next(context);
            }

            if (!_assets.IsInstalled)
            {
                return WriteInstallPageAsync(context, _assets);
            }

            return remaining.HasValue ? WriteIndexAsync(context, _assets.IndexHtml!) : RedirectToTrailingSlash(context);
        }

        var relativePath = remaining.Value[1..];
        if (relativePath == ConfigurationFileName)
        {
            return WriteBytesAsync(context, _assets.ConfigurationJson, "application/json; charset=utf-8", NoStore);
        }

        var asset = _assets.Find(relativePath);
        return asset is null ? _next(context) : WriteAssetAsync(context, asset, _assets);
    }

    private Task RedirectToTrailingSlash(HttpContext context)
    {
        // The vendor's own middleware answers 301 with the query string kept; PathBase keeps a proxy's prefix.
        var request = context.Request;
        context.Response.StatusCode = StatusCodes.Status301MovedPermanently;
        context.Response.Headers.Location = $"{request.PathBase}{_path}/{request.QueryString}";
        context.Response.Headers.CacheControl = NoStore;
        return Task.CompletedTask;
    }

    private static Task WriteIndexAsync(HttpContext context, byte[] indexHtml)
    {
        // The build's entry point names the fingerprinted files: it must never be cached, or an upgrade strands browsers.
        context.Response.Headers.XContentTypeOptions = "nosniff";
        return WriteBytesAsync(context, indexHtml, "text/html; charset=utf-8", NoStore);
    }

    private static Task WriteInstallPageAsync(HttpContext context, BananaCakePopAssets assets)
    {
        var html = HtmlEncoder.Default;
        var page = $"""
            <!doctype html>
            <html lang="en"><head><meta charset="utf-8"><title>GraphQL IDE not installed</title>
            <style>body{"{"}font-family:system-ui,sans-serif;max-width:44rem;margin:3rem auto;padding:0 1rem;line-height:1.5{"}"}code{"{"}background:#eee;padding:.1rem .3rem{"}"}</style></head>
            <body><h1>Banana Cake Pop is not installed</h1>
            <p>This GraphQL endpoint works (POST queries to it), but the IDE's static build was not found in <code>{html.Encode(assets.AssetsPath)}</code>.</p>
            <p>To install it: {html.Encode(assets.InstallHint)}.</p></body></html>
            """;
        context.Response.StatusCode = StatusCodes.Status404NotFound;
        return WriteBytesAsync(context, Encoding.UTF8.GetBytes(page), "text/html; charset=utf-8", NoStore);
    }

    private static async Task WriteAssetAsync(HttpContext context, BananaCakePopAsset asset, BananaCakePopAssets assets)
    {
        var response = context.Response;
        var coding = asset.IsCompressible ? SelectCoding(context.Request.Headers.AcceptEncoding) : null;
        var etag = coding switch
        {
            ContentCoding.Brotli => asset.ETag.Insert(asset.ETag.Length - 1, "-br"),
            ContentCoding.Gzip => asset.ETag.Insert(asset.ETag.Length - 1, "-gz"),
            _ => asset.ETag,
        };

        response.Headers.ContentType = asset.ContentType;
        response.Headers.CacheControl = asset.IsFingerprinted ? Immutable : Revalidate;
        response.Headers.ETag = etag;
        response.Headers.LastModified = asset.LastModified.ToString("R", CultureInfo.InvariantCulture);
        response.Headers.XContentTypeOptions = "nosniff";
        if (asset.IsCompressible)
        {
            response.Headers.Vary = HeaderNames.AcceptEncoding;
        }

        if (IsNotModified(context.Request.Headers.IfNoneMatch, etag))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }

        if (coding is { } chosen)
        {
            var body = await assets.GetCompressedAsync(asset, chosen);
            response.Headers.ContentEncoding = chosen == ContentCoding.Brotli ? "br" : "gzip";
            response.ContentLength = body.Length;
            if (!HttpMethods.IsHead(context.Request.Method))
            {
                await response.Body.WriteAsync(body, context.RequestAborted);
            }

            return;
        }

        response.ContentLength = asset.Length;
        if (!HttpMethods.IsHead(context.Request.Method))
        {
            await response.SendFileAsync(asset.PhysicalPath, context.RequestAborted);
        }
    }

    private static async Task WriteBytesAsync(HttpContext context, byte[] body, string contentType, string cacheControl)
    {
        var response = context.Response;
        response.Headers.ContentType = contentType;
        response.Headers.CacheControl = cacheControl;
        response.ContentLength = body.Length;
        if (!HttpMethods.IsHead(context.Request.Method))
        {
            await response.Body.WriteAsync(body, context.RequestAborted);
        }
    }

    /// <summary>Brotli when the client takes it, else gzip, else none (q=0 refuses a coding).</summary>
    private static ContentCoding? SelectCoding(StringValues acceptEncoding)
    {
        if (!StringWithQualityHeaderValue.TryParseList(acceptEncoding, out var codings))
        {
            return null;
        }

        bool Accepts(string name) => codings.Any(c =>
            (c.Value.Equals(name, StringComparison.OrdinalIgnoreCase) || c.Value.Equals("*", StringComparison.Ordinal))
            && (c.Quality ?? 1) > 0)
            && !codings.Any(c => c.Value.Equals(name, StringComparison.OrdinalIgnoreCase) && c.Quality == 0);

        return Accepts("br") ? ContentCoding.Brotli : Accepts("gzip") ? ContentCoding.Gzip : null;
    }

    private static bool IsNotModified(StringValues ifNoneMatch, string etag)
        => EntityTagHeaderValue.TryParseList(ifNoneMatch, out var tags)
            && tags.Any(tag => tag.Equals(EntityTagHeaderValue.Any) || tag.Compare(new EntityTagHeaderValue(etag), useStrongComparison: false));
}
