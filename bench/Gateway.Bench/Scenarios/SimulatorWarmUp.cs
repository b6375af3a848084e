using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Gateway.Bench.Processes;
using Gateway.Bench.Workload;
using GenesysCloud.Simulator;

namespace Gateway.Bench.Scenarios;

/// <summary>
/// A few direct calls to the simulator before any gateway runs: its data set is built on first use and its
/// endpoints are compiled on first call, costs that would otherwise land on whichever scenario happened to go first.
/// </summary>
internal static class SimulatorWarmUp
{
    public static async Task RunAsync(SimulatorHost simulator, WorkingSet set, CancellationToken cancellationToken)
    {
        var client = simulator.Client;
        var token = await GetTokenAsync(client, cancellationToken).ConfigureAwait(false);

        string[] paths =
        [
            "api/v2/organizations/me",
            $"api/v2/journey/sessions/{set.SessionIds[0]}",
            $"api/v2/externalcontacts/contacts/{set.ContactIds[0]}/journey/sessions?pageSize=25",
            $"api/v2/conversations/{set.ConversationIds[0]}",
            $"api/v2/conversations/cobrowsesessions/{set.ConversationIds[0]}",
            $"api/v2/users?id={set.UserIds[0]}&id={set.UserIds[1]}",
        ];
        foreach (var path in paths)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, path);
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);

            // A 404 (a conversation without co-browse) warms the path as well as a 200 does.
            using var response = await client.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }

        await simulator.ResetCallCountsAsync(cancellationToken).ConfigureAwait(false);
    }

    private static async Task<string> GetTokenAsync(HttpClient client, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "oauth/token")
        {
            Content = new FormUrlEncodedContent([KeyValuePair.Create("grant_type", "client_credentials")]),
        };
        var credentials = Encoding.UTF8.GetBytes($"{SimulatorOptions.DefaultClientId}:{SimulatorOptions.DefaultClientSecret}");
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(credentials));
        using var response = await client.SendAsync(request, cancellationToken).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        using var document = JsonDocument.Parse(await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false));
        return document.RootElement.GetProperty("access_token").GetString()
               ?? throw new BenchmarkFailedException("the simulator issued no access token");
    }
}
