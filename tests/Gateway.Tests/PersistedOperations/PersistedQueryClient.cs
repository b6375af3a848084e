using System.Net.Http.Json;
using System.Text.Json;
using Gateway.Tests.Infrastructure;
using Gateway.Transport.PersistedOperations;

namespace Gateway.Tests.PersistedOperations;

/// <summary>Requests the way an APQ client (Apollo's persisted-query link) or a trusted-documents client sends them.</summary>
internal static class PersistedQueryClient
{
    public const string UserQuery = "query PersistedUser($id: ID!) { user(id: $id) { id name } }";

    public static string Hash(string query) => PersistedQueryExtension.ComputeHash(query);

    public static object Apq(string hash) => new { persistedQuery = new { version = 1, sha256Hash = hash } };

    /// <summary>POSTs the hash, with the query text when <paramref name="query"/> is given (the registering retry).</summary>
    public static Task<GraphQLResponse> PostHashAsync(this HttpClient client, string hash, object? variables = null, string? query = null)
        => client.PostBodyAsync(new { query, variables, extensions = Apq(hash) });

    /// <summary>GETs the hash alone, as the link does with <c>useGETForHashedQueries</c>.</summary>
    public static async Task<GraphQLResponse> GetHashAsync(this HttpClient client, string hash, object? variables = null)
    {
        var url = "/graphql?extensions=" + Uri.EscapeDataString(JsonSerializer.Serialize(Apq(hash)))
            + (variables is null ? "" : "&variables=" + Uri.EscapeDataString(JsonSerializer.Serialize(variables)));
        using var response = await client.GetAsync(url);
        return await ReadAsync(response);
    }

    public static async Task<GraphQLResponse> PostBodyAsync(this HttpClient client, object body)
    {
        using var response = await client.PostAsJsonAsync("/graphql", body);
        return await ReadAsync(response);
    }

    private static async Task<GraphQLResponse> ReadAsync(HttpResponseMessage response)
        => new(response.StatusCode, response.Content.Headers.ContentType?.MediaType, await response.Content.ReadFromJsonAsync<JsonElement>());
}
