using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Gateway.Tests.Infrastructure;

namespace Gateway.Tests.Limits;

/// <summary>Posts bodies a hostile client sends, as they are, and asks the README's first query after them.</summary>
internal static class LimitsHttp
{
    public static async Task<GraphQLResponse> PostRawAsync(this HttpClient client, string body)
    {
        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        using var response = await client.PostAsync("/graphql", content);
        var parsed = await response.Content.ReadFromJsonAsync<JsonElement>();
        return new GraphQLResponse(response.StatusCode, response.Content.Headers.ContentType?.MediaType, parsed);
    }

    public static Task<GraphQLResponse> PostWithExtensionsAsync(this HttpClient client, string query, object? variables, object extensions)
        => client.PostRawAsync(JsonSerializer.Serialize(new { query, variables, extensions }));

    /// <summary>The README's first query answers data and no error.</summary>
    public static async Task AssertFirstQueryAnsweredAsync(this HttpClient client, string contactId)
    {
        var response = await client.PostGraphQLAsync(HostileDocuments.FirstQuery, new { contact = contactId });
        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.False(response.HasErrors, response.Body.ToString());
        Assert.True(response.Data.GetProperty("sessionsByExternalContact").GetProperty("nodes").GetArrayLength() > 0);
    }
}
