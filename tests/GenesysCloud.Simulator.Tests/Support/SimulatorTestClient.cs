using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using GenesysCloud.Models;

namespace GenesysCloud.Simulator.Tests.Support;

/// <summary>HTTP helpers the tests share: a token for a client, an authenticated client, typed reads.</summary>
internal static class SimulatorTestClient
{
    public static HttpClient Anonymous(EmbeddedGenesysSimulator simulator) => new() { BaseAddress = simulator.BaseAddress };

    public static async Task<HttpResponseMessage> RequestTokenAsync(
        EmbeddedGenesysSimulator simulator, string clientId, string clientSecret, string grantType = "client_credentials")
    {
        using var http = Anonymous(simulator);
        using var request = new HttpRequestMessage(HttpMethod.Post, "oauth/token")
        {
            Content = new FormUrlEncodedContent([KeyValuePair.Create("grant_type", grantType)]),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{clientId}:{clientSecret}")));
        return await http.SendAsync(request);
    }

    public static async Task<string> TokenAsync(EmbeddedGenesysSimulator simulator, SimulatorClientOptions? client = null)
    {
        client ??= simulator.DefaultClient;
        using var response = await RequestTokenAsync(simulator, client.ClientId, client.ClientSecret);
        response.EnsureSuccessStatusCode();
        var token = await response.Content.ReadFromJsonAsync(GenesysJsonContext.Default.OAuthTokenResponse);
        return token!.AccessToken;
    }

    public static async Task<HttpClient> AuthenticatedAsync(EmbeddedGenesysSimulator simulator, SimulatorClientOptions? client = null)
    {
        var http = Anonymous(simulator);
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await TokenAsync(simulator, client));
        return http;
    }

    public static async Task<ErrorBody> ReadErrorAsync(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync(GenesysJsonContext.Default.ErrorBody))!;
}
