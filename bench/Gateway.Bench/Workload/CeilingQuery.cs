namespace Gateway.Bench.Workload;

/// <summary>
/// One query the ceiling scenario measures: its label, the distinct requests (ids) a phase cycles through, and the
/// dependent upstream rounds its shape needs on an empty cache (each round needs ids the one before answered).
/// </summary>
internal sealed record CeilingQuery(string Label, IReadOnlyList<GraphQLRequestBody> Requests, int DependentRounds, IReadOnlyList<GraphQLRequestBody> FreshRequests)
{
    // The simulator's call records (GET /__simulator/calls) count calls per route, without times, and the traced
    // request log (CallChain) cannot tell a call that needed another's answer from one the gateway merely sent after
    // it; so the rounds are read off each query's nesting and the resolvers under src/Gateway: a field loaded through
    // a DataLoader is one round after the field whose answer holds its id; siblings of one level need no order.
    // Traced first touches show the deepest round does call (last: a contacts bulk call; for 10 × 5, contacts and users).
    // A round of more one-by-one calls than Genesys:MaxParallelRequests (64) would take more than one latency; the
    // largest here (10 contacts × 5 sessions: up to 50 conversations) stays below it.

    /// <summary>
    /// <c>SessionFull</c>: (1) <c>session(id)</c>, one call; (2) its <c>externalContact</c>, <c>lastConnectedUser</c>,
    /// <c>lastConnectedQueue</c>, <c>segmentAssignments.segment</c> and <c>conversation</c>, together; (3) the
    /// conversation's participants' <c>user</c>, <c>queue</c> and <c>externalContact</c>, for the ids round 2 did not
    /// already fetch. Co-browse sessions are read from the conversation itself.
    /// </summary>
    private const int SessionFullRounds = 3;

    /// <summary>
    /// <c>ContactsSessions</c>: (1) <c>externalContacts(ids)</c>, one bulk call; (2) each contact's
    /// <c>sessions(first: 5)</c>, one listing per contact, which primes the sessions; (3) each session's user, queue,
    /// segments and conversation (its contact is round 1's); (4) the conversations' participants' user, queue and
    /// contact.
    /// </summary>
    private const int ContactsSessionsRounds = 4;

    /// <summary><c>{ __typename }</c> touches no upstream entity.</summary>
    private const int TypeNameRounds = 0;

    private const int SessionsPerQuery = 20;
    private const int ContactSetsPerQuery = 10;
    private const int ContactsPerSet = 10;
    private const int FreshSessions = 10;

    /// <summary>
    /// Issue 14's queries over the working set: one session's whole detail (20 sessions), ten contacts' five sessions
    /// each with the same nesting (10 sets of 10 contacts), and <c>{ __typename }</c>.
    /// </summary>
    /// <remarks>
    /// Each query also has fresh requests: over the working set's ids that its cycled requests never ask (sessions after
    /// the first 20, contacts after the first 100), for cold requests to a gateway that is already warm. None when the
    /// working set is too small to have such ids.
    /// </remarks>
    public static IReadOnlyList<CeilingQuery> Create(WorkingSet set)
    {
        var sessions = set.SessionIds.Take(SessionsPerQuery).Select(SessionFull).ToArray();
        var contactSets = Enumerable.Range(0, ContactSetsPerQuery)
            .Select(s => ContactsSessions(Enumerable.Range(0, ContactsPerSet).Select(c => set.ContactIds[((s * ContactsPerSet) + c) % set.ContactIds.Count])))
            .ToArray();
        var freshSessions = set.SessionIds.Skip(SessionsPerQuery).Take(FreshSessions).Select(SessionFull).ToArray();
        var freshContactSets = set.ContactIds.Skip(ContactSetsPerQuery * ContactsPerSet).Chunk(ContactsPerSet)
            .Where(chunk => chunk.Length == ContactsPerSet)
            .Take(ContactSetsPerQuery)
            .Select(ContactsSessions)
            .ToArray();

        return
        [
            new("session detail", sessions, SessionFullRounds, freshSessions),
            new("10 contacts × 5 sessions", contactSets, ContactsSessionsRounds, freshContactSets),
            new("{ __typename }", [QueryMix.WarmUp()], TypeNameRounds, []),
        ];
    }

    private static GraphQLRequestBody SessionFull(string sessionId)
        => QueryMix.Body("SessionFull", BenchQueries.SessionFull, w => w.WriteString("id", sessionId));

    private static GraphQLRequestBody ContactsSessions(IEnumerable<string> contactIds) => QueryMix.Body("ContactsSessions", BenchQueries.ContactsSessions, w =>
    {
        w.WriteStartArray("ids");
        foreach (var id in contactIds)
        {
            w.WriteStringValue(id);
        }

        w.WriteEndArray();
    });

    /// <summary><paramref name="count"/> requests cycling through <see cref="Requests"/>.</summary>
    public IReadOnlyList<GraphQLRequestBody> Cycle(int count) => [.. Enumerable.Range(0, count).Select(i => Requests[i % Requests.Count])];
}
