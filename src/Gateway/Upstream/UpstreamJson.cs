using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Gateway.Upstream;

/// <summary>Streams an upstream answer through the source-generated metadata; anything unreadable is a <see cref="JsonException"/>.</summary>
internal static class UpstreamJson
{
    /// <summary>
    /// A JSON request body with its length known up front: sent with a <c>Content-Length</c>, never chunked (some proxies
    /// and API front doors refuse chunked requests), and re-sendable as it is when the resilience pipeline retries.
    /// </summary>
    public static HttpContent Content<T>(T value, JsonTypeInfo<T> typeInfo)
    {
        var content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(value, typeInfo));
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        return content;
    }

    public static async Task<T?> ReadAsync<T>(HttpContent content, JsonTypeInfo<T> typeInfo, CancellationToken cancellationToken)
    {
        try
        {
            return await content.ReadFromJsonAsync(typeInfo, cancellationToken).ConfigureAwait(false);
        }
        catch (InvalidOperationException exception)
        {
            // What ReadFromJsonAsync throws for a character set it cannot decode: as unreadable as bad JSON.
            throw new JsonException("The answer's character set is not supported.", exception);
        }
    }
}
