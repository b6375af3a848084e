using System.Text.Json;
using GenesysCloud.Simulator;

namespace Gateway.WarmUp;

/// <summary>
/// Queries of a front end sent to a <see cref="SimulatedGateway"/> over HTTP, a few at a time: each document in turn,
/// each with the next seeded id, so most are response-cache misses that fetch from the simulator and some are hits.
/// </summary>
public static class SimulatedTraffic
{
    private const int Concurrency = 4;

    /// <summary>Sends <paramref name="queries"/> queries; the result counts those answered with a non-success status or with errors.</summary>
    public static async Task<SimulatedTrafficOutcome> RunAsync(SimulatedGateway gateway, int queries, CancellationToken cancellationToken)
    {
        var requests = Requests(gateway.Data);
        var next = -1;
        var sent = 0;
        var failed = 0;
        var workers = Enumerable.Range(0, Concurrency).Select(async _ =>
        {
            int index;
            while ((index = Interlocked.Increment(ref next)) < queries)
            {
                var (document, ids) = requests[index % requests.Length];
                var body = Body(document, ids[(index / requests.Length) % ids.Count]);
                using var content = new ByteArrayContent(body);
                content.Headers.ContentType = new("application/json");
                using var response = await gateway.Client.PostAsync("graphql", content, cancellationToken).ConfigureAwait(false);
                var answer = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
                Interlocked.Increment(ref sent);
                if (!response.IsSuccessStatusCode || HasErrors(answer))
                {
                    Interlocked.Increment(ref failed);
                }
            }
        });
        await Task.WhenAll(workers).ConfigureAwait(false);
        return new SimulatedTrafficOutcome(sent, failed);
    }

    private static (string Document, IReadOnlyList<string> Ids)[] Requests(SimulatorDataStore data) =>
    [
        (SimulatedTrafficDocuments.Session, data.SessionIds),
        (SimulatedTrafficDocuments.ContactJourney, data.ExternalContactIds),
        (SimulatedTrafficDocuments.Conversation, data.ConversationIds),
        (SimulatedTrafficDocuments.User, data.UserIds),
    ];

    private static byte[] Body(string document, string id)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("query", document);
            writer.WriteStartObject("variables");
            writer.WriteString("id", id);
            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        return buffer.ToArray();
    }

    private static bool HasErrors(byte[] answer)
    {
        using var json = JsonDocument.Parse(answer);
        return json.RootElement.TryGetProperty("errors", out _);
    }
}
