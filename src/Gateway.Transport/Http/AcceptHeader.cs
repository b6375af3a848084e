using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace Gateway.Transport.Http;

/// <summary>Reads the <c>Accept</c> request header (RFC 9110 §12.5.1) for the GraphQL media types.</summary>
internal static class AcceptHeader
{
    /// <summary>
    /// Picks the response media type: the highest-quality range we can serve, wildcards resolving to
    /// <paramref name="defaultMediaType"/> unless the client refused it explicitly (q=0).
    /// Returns <see langword="null"/> when nothing acceptable is left (→ 406).
    /// </summary>
    public static string? SelectResponseMediaType(StringValues accept, string defaultMediaType)
    {
        // The one-range headers most clients send, answered without parsing (a parse cost 3% of a cached response's CPU):
        // no parameters means q=1 and no charset, so the general path below would pick the same.
        if (accept.Count == 1 && accept[0] is { } single)
        {
            if (single.Equals(GraphQLMediaTypes.GraphQLResponseJson, StringComparison.OrdinalIgnoreCase))
            {
                return GraphQLMediaTypes.GraphQLResponseJson;
            }

            if (single.Equals(GraphQLMediaTypes.Json, StringComparison.OrdinalIgnoreCase))
            {
                return GraphQLMediaTypes.Json;
            }

            if (single.Equals("*/*", StringComparison.Ordinal))
            {
                return defaultMediaType;
            }
        }

        var ranges = Parse(accept);
        if (ranges is null)
        {
            // No (readable) Accept header means "anything": the spec then lets the server choose.
            return defaultMediaType;
        }

        var fallback = defaultMediaType == GraphQLMediaTypes.Json ? GraphQLMediaTypes.GraphQLResponseJson : GraphQLMediaTypes.Json;
        var defaultRefused = IsRefused(ranges, defaultMediaType);
        var fallbackRefused = IsRefused(ranges, fallback);

        foreach (var range in ranges.Where(r => Quality(r) > 0 && IsUtf8(r)).OrderByDescending(Quality))
        {
            if (range.MatchesAllTypes || (range.MatchesAllSubTypes && range.Type.Equals("application", StringComparison.OrdinalIgnoreCase)))
            {
                if (!defaultRefused)
                {
                    return defaultMediaType;
                }

                if (!fallbackRefused)
                {
                    return fallback;
                }

                continue;
            }

            if (range.MediaType.Equals(GraphQLMediaTypes.GraphQLResponseJson, StringComparison.OrdinalIgnoreCase))
            {
                return GraphQLMediaTypes.GraphQLResponseJson;
            }

            if (range.MediaType.Equals(GraphQLMediaTypes.Json, StringComparison.OrdinalIgnoreCase))
            {
                return GraphQLMediaTypes.Json;
            }
        }

        return null;
    }

    /// <summary>True when the client's most preferred media type is <c>text/html</c>: a browser navigating to the URL.</summary>
    public static bool PrefersHtml(StringValues accept)
    {
        var top = Parse(accept)?.Where(r => Quality(r) > 0).OrderByDescending(Quality).FirstOrDefault();
        return top is not null && top.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase);
    }

    private static IList<MediaTypeHeaderValue>? Parse(StringValues accept)
        => !StringValues.IsNullOrEmpty(accept) && MediaTypeHeaderValue.TryParseList(accept, out var ranges) && ranges.Count > 0
            ? ranges
            : null;

    private static double Quality(MediaTypeHeaderValue range) => range.Quality ?? 1.0;

    private static bool IsRefused(IList<MediaTypeHeaderValue> ranges, string mediaType)
        => ranges.Any(r => Quality(r) <= 0 && r.MediaType.Equals(mediaType, StringComparison.OrdinalIgnoreCase));

    // We only write UTF-8; a range pinned to another charset is not one we can honour.
    private static bool IsUtf8(MediaTypeHeaderValue range)
        => !range.Charset.HasValue || IsUtf8(range.Charset.Value);

    /// <summary>True for the spellings of UTF-8 found in the wild (<c>utf-8</c>, <c>utf8</c>, quoted or not).</summary>
    public static bool IsUtf8(string? charset)
    {
        var value = charset.AsSpan().Trim().Trim('"');
        return value.Equals("utf-8", StringComparison.OrdinalIgnoreCase) || value.Equals("utf8", StringComparison.OrdinalIgnoreCase);
    }
}
