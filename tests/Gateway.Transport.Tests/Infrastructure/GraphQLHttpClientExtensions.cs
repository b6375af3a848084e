using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Gateway.Transport.Tests.Infrastructure;

/// <summary>Terse GraphQL-over-HTTP requests for tests.</summary>
public static class GraphQLHttpClientExtensions
{
    /// <summary>POSTs <paramref name="body"/> verbatim (it need not be valid JSON) to <c>/graphql</c>.</summary>
    public static Task<HttpResponseMessage> PostGraphQLAsync(
        this HttpClient client,
        string body,
        string? accept = null,
        string? contentType = "application/json")
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
        if (contentType is not null)
        {
            content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        }

        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = content };
        if (accept is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept", accept);
        }

        return client.SendAsync(request);
    }

    /// <summary>POSTs a request object serialized as JSON.</summary>
    public static Task<HttpResponseMessage> PostGraphQLAsync(this HttpClient client, object request, string? accept = null)
        => client.PostGraphQLAsync(JsonSerializer.Serialize(request), accept);

    /// <summary>GETs <c>/graphql</c> with the given (unencoded) query-string parameters.</summary>
    public static Task<HttpResponseMessage> GetGraphQLAsync(
        this HttpClient client,
        IEnumerable<KeyValuePair<string, string>> parameters,
        string? accept = null)
    {
        var query = string.Join("&", parameters.Select(p => $"{Uri.EscapeDataString(p.Key)}={Uri.EscapeDataString(p.Value)}"));
        var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?" + query);
        if (accept is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept", accept);
        }

        return client.SendAsync(request);
    }

    /// <summary>Reads the response body as JSON.</summary>
    public static async Task<JsonElement> ReadJsonAsync(this HttpResponseMessage response)
    {
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return document.RootElement.Clone();
    }

    /// <summary>The <c>extensions.code</c> of the first error.</summary>
    public static string? FirstErrorCode(this JsonElement body)
        => body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString();
}
