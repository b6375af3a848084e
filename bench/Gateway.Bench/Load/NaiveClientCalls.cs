using System.Text.Json;

namespace Gateway.Bench.Load;

/// <summary>
/// The REST calls a naive client would make for one response: one call per entity the response holds, each time it
/// appears (no batching, no de-duplication, no cache), found by the field that holds it. An entity the upstream
/// embeds in another one's answer (a conversation's participants and co-browse sessions, the sessions of a journey
/// page) costs nothing more; a journey page is one listing call.
/// </summary>
internal static class NaiveClientCalls
{
    // Fields holding an entity fetched by id: a naive client calls GET /journey/sessions/{id}, /externalcontacts/contacts/{id},
    // /users/{id}, /routing/queues/{id}, /journey/segments/{id} or /conversations/{id} for each non-null object (or array item).
    private static readonly HashSet<string> EntityFields = new(StringComparer.Ordinal)
    {
        "session", "externalContact", "externalContacts", "lastConnectedUser", "user", "users",
        "lastConnectedQueue", "queue", "queues", "segment", "conversation",
    };

    // A connection (a journey page): one listing call for the page, whatever it holds.
    private static readonly HashSet<string> ListingFields = new(StringComparer.Ordinal) { "sessions", "sessionsByExternalContact" };

    /// <summary>Calls for one response body; 0 for a body without <c>data</c>.</summary>
    public static int Count(byte[] responseBody)
    {
        using var document = JsonDocument.Parse(responseBody);
        return document.RootElement.TryGetProperty("data", out var data) ? CountIn(data) : 0;
    }

    private static int CountIn(JsonElement element)
    {
        var calls = 0;
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    calls += CallsFor(property.Name, property.Value) + CountIn(property.Value);
                }

                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    calls += CountIn(item);
                }

                break;
        }

        return calls;
    }

    private static int CallsFor(string field, JsonElement value)
    {
        if (ListingFields.Contains(field))
        {
            return value.ValueKind == JsonValueKind.Object ? 1 : 0;
        }

        if (!EntityFields.Contains(field))
        {
            return 0;
        }

        return value.ValueKind switch
        {
            JsonValueKind.Object => 1,
            JsonValueKind.Array => value.EnumerateArray().Count(item => item.ValueKind == JsonValueKind.Object),
            _ => 0,
        };
    }
}
