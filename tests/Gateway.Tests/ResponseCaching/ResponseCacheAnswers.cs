using System.Text.Json;
using Gateway.Tests.Infrastructure;

namespace Gateway.Tests.ResponseCaching;

/// <summary>What a response says of the response cache, and the queries its tests ask.</summary>
internal static class ResponseCacheAnswers
{
    public const string ContactQuery = "query($id: ID!) { externalContact(id: $id) { id lastName } }";

    public const string UserQuery = "query($id: ID!) { user(id: $id) { id name } }";

    /// <summary>True when <paramref name="response"/> was answered from the response cache (<c>extensions.responseCache.hit</c>).</summary>
    public static bool IsHit(this GraphQLResponse response)
        => response.Body.TryGetProperty("extensions", out var extensions)
            && extensions.TryGetProperty("responseCache", out var cache)
            && cache.GetProperty("hit").ValueKind == JsonValueKind.True;

    public static string? LastNameOf(GraphQLResponse response)
    {
        Xunit.Assert.False(response.HasErrors, response.Body.ToString());
        return response.Data.GetProperty("externalContact").GetProperty("lastName").GetString();
    }
}
