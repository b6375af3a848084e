namespace Gateway.Bench.Workload;

/// <summary>One query the ceiling scenario measures: its label, and the distinct requests (ids) a phase cycles through.</summary>
internal sealed record CeilingQuery(string Label, IReadOnlyList<GraphQLRequestBody> Requests)
{
    private const int SessionsPerQuery = 20;
    private const int ContactSetsPerQuery = 10;
    private const int ContactsPerSet = 10;

    /// <summary>
    /// Issue 14's queries over the working set: one session's whole detail (20 sessions), ten contacts' five sessions
    /// each with the same nesting (10 sets of 10 contacts), and <c>{ __typename }</c>.
    /// </summary>
    public static IReadOnlyList<CeilingQuery> Create(WorkingSet set)
    {
        var sessions = set.SessionIds.Take(SessionsPerQuery)
            .Select(id => QueryMix.Body("SessionFull", BenchQueries.SessionFull, w => w.WriteString("id", id)))
            .ToArray();
        var contactSets = Enumerable.Range(0, ContactSetsPerQuery)
            .Select(s => QueryMix.Body("ContactsSessions", BenchQueries.ContactsSessions, w =>
            {
                w.WriteStartArray("ids");
                for (var c = 0; c < ContactsPerSet; c++)
                {
                    w.WriteStringValue(set.ContactIds[((s * ContactsPerSet) + c) % set.ContactIds.Count]);
                }

                w.WriteEndArray();
            }))
            .ToArray();

        return
        [
            new("session detail", sessions),
            new("10 contacts × 5 sessions", contactSets),
            new("{ __typename }", [QueryMix.WarmUp()]),
        ];
    }

    /// <summary><paramref name="count"/> requests cycling through <see cref="Requests"/>.</summary>
    public IReadOnlyList<GraphQLRequestBody> Cycle(int count) => [.. Enumerable.Range(0, count).Select(i => Requests[i % Requests.Count])];
}
