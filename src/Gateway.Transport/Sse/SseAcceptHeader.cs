using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace Gateway.Transport.Sse;

/// <summary>Reads the <c>Accept</c> request header (RFC 9110 §12.5.1) for the SSE transport's media types.</summary>
internal static class SseAcceptHeader
{
    /// <summary>
    /// True when the client's most preferred media type is <c>text/event-stream</c> (the first of the highest quality),
    /// as the graphql-sse client, <c>EventSource</c> and <c>curl -H 'accept: text/event-stream'</c> send it.
    /// </summary>
    public static bool PrefersEventStream(StringValues accept)
    {
        var top = Parse(accept)?.Where(r => Quality(r) > 0).OrderByDescending(Quality).FirstOrDefault();
        return top is not null && top.MediaType.Equals(GraphQLSseProtocol.EventStreamMediaType, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>True when a <c>text/plain</c> answer (a reservation token) is acceptable; no header accepts anything.</summary>
    public static bool AcceptsPlainText(StringValues accept)
    {
        var ranges = Parse(accept);
        return ranges is null || ranges.Any(static r => Quality(r) > 0
            && (r.MatchesAllTypes
                || (r.Type.Equals("text", StringComparison.OrdinalIgnoreCase)
                    && (r.MatchesAllSubTypes || r.SubType.Equals("plain", StringComparison.OrdinalIgnoreCase)))));
    }

    private static IList<MediaTypeHeaderValue>? Parse(StringValues accept)
        => !StringValues.IsNullOrEmpty(accept) && MediaTypeHeaderValue.TryParseList(accept, out var ranges) && ranges.Count > 0
            ? ranges
            : null;

    private static double Quality(MediaTypeHeaderValue range) => range.Quality ?? 1.0;
}
