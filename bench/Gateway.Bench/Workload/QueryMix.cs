using System.Text.Json;

namespace Gateway.Bench.Workload;

/// <summary>
/// A realistic front-end mix over the working set, drawn from a seeded stream: 40% session detail, 30% a contact's
/// journey, 20% conversation detail, 10% a roster of ten users. The same list is replayed in every phase, so a warm
/// phase asks exactly what the cold one did.
/// </summary>
internal static class QueryMix
{
    private const int UsersPerRoster = 10;

    public static IReadOnlyList<GraphQLRequestBody> Create(WorkingSet set, int count, int seed)
    {
        var random = new Random(seed);
        var requests = new GraphQLRequestBody[count];
        for (var i = 0; i < count; i++)
        {
            var roll = random.Next(100);
            requests[i] = roll switch
            {
                < 40 => Body("SessionDetail", BenchQueries.SessionDetail, w => w.WriteString("id", Pick(set.SessionIds, random))),
                < 70 => Body("ContactJourney", BenchQueries.ContactJourney, w => w.WriteString("contact", Pick(set.ContactIds, random))),
                < 90 => Body("ConversationDetail", BenchQueries.ConversationDetail, w => w.WriteString("id", Pick(set.ConversationIds, random))),
                _ => Body("UsersByIds", BenchQueries.UsersByIds, w =>
                {
                    w.WriteStartArray("ids");
                    foreach (var id in Distinct(set.UserIds, UsersPerRoster, random))
                    {
                        w.WriteStringValue(id);
                    }

                    w.WriteEndArray();
                }),
            };
        }

        return requests;
    }

    /// <summary>A request with no variables and no upstream work, for warming a gateway up.</summary>
    public static GraphQLRequestBody WarmUp() => Body("WarmUp", BenchQueries.TypeName, null);

    private static string Pick(IReadOnlyList<string> ids, Random random) => ids[random.Next(ids.Count)];

    private static IEnumerable<string> Distinct(IReadOnlyList<string> ids, int count, Random random)
    {
        var shuffled = ids.ToArray();
        random.Shuffle(shuffled);
        return shuffled.Take(count);
    }

    internal static GraphQLRequestBody Body(string operation, string query, Action<Utf8JsonWriter>? writeVariables)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("query", query);
            writer.WriteString("operationName", operation);
            if (writeVariables is not null)
            {
                writer.WriteStartObject("variables");
                writeVariables(writer);
                writer.WriteEndObject();
            }

            writer.WriteEndObject();
        }

        return new GraphQLRequestBody(operation, buffer.ToArray());
    }
}
