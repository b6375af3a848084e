using GenesysCloud.Simulator;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Gateway.Bench.Workload;

/// <summary>
/// The ids a front end keeps coming back to: a bounded set of external contacts, one session of each, the
/// conversations those sessions led to, and the users. Read from the simulator's own data store with the
/// simulator's default settings, so they are the ids the simulator process serves (ids depend on the seed only).
/// </summary>
internal sealed class WorkingSet
{
    private WorkingSet(IReadOnlyList<string> contactIds, IReadOnlyList<string> sessionIds, IReadOnlyList<string> conversationIds, IReadOnlyList<string> userIds)
    {
        ContactIds = contactIds;
        SessionIds = sessionIds;
        ConversationIds = conversationIds;
        UserIds = userIds;
    }

    public IReadOnlyList<string> ContactIds { get; }

    public IReadOnlyList<string> SessionIds { get; }

    public IReadOnlyList<string> ConversationIds { get; }

    public IReadOnlyList<string> UserIds { get; }

    /// <summary>Draws <paramref name="size"/> contacts with a seeded stream, so every run asks for the same ids.</summary>
    public static WorkingSet Create(int size, int seed)
    {
        var store = new SimulatorDataStore(Options.Create(new SimulatorOptions()), TimeProvider.System, NullLogger<SimulatorDataStore>.Instance);
        var organizationId = store.DefaultOrganizationId;
        var random = new Random(seed);

        var contactIds = Draw(store.ExternalContactIds, Math.Min(size, store.ExternalContactIds.Count), random);
        var sessionIds = new List<string>(contactIds.Count);
        var conversationIds = new List<string>();
        foreach (var contactId in contactIds)
        {
            var sessions = store.SessionsOfExternalContact(organizationId, contactId) ?? [];
            if (sessions.Count == 0)
            {
                continue;
            }

            // Most of the time the front end opens one of the recent sessions, the first page of the journey list.
            var session = sessions[random.Next(Math.Min(sessions.Count, 25))];
            sessionIds.Add(session.Id);
            if (session.Conversation?.Id is { } conversationId && !conversationIds.Contains(conversationId, StringComparer.Ordinal))
            {
                conversationIds.Add(conversationId);
            }
        }

        if (sessionIds.Count == 0 || conversationIds.Count == 0)
        {
            throw new BenchmarkFailedException("the simulator's data gave no sessions or conversations for the working set");
        }

        return new WorkingSet(contactIds, sessionIds, conversationIds, [.. store.UserIds]);
    }

    private static List<string> Draw(IReadOnlyList<string> ids, int count, Random random)
    {
        var shuffled = ids.ToArray();
        random.Shuffle(shuffled);
        return [.. shuffled.Take(count)];
    }
}
