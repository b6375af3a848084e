using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Gateway.Upstream;

/// <summary>Streams an upstream answer through the source-generated metadata; anything unreadable is a <see cref="JsonException"/>.</summary>
internal static class UpstreamJson
{
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
