using System.Collections.Concurrent;
using System.Net;
using Gateway.Upstream;
using GenesysCloud.Models;

namespace Gateway.Tests.Conversations;

/// <summary>
/// An in-memory upstream for the conversation, co-browse, contact, user and queue loader tests: entities by id,
/// ids that fail with a chosen status, and a record of every call so a test can count them.
/// </summary>
internal sealed class CountingGenesysClient : IGenesysCloudClient
{
    private readonly Dictionary<string, Conversation> _conversations = new(StringComparer.Ordinal);
    private readonly Dictionary<string, CobrowseConversation> _cobrowseConversations = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ExternalContact> _contacts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, User> _users = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Queue> _queues = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HttpStatusCode> _failures = new(StringComparer.Ordinal);

    public ConcurrentQueue<string> ConversationCalls { get; } = new();

    public ConcurrentQueue<string> CobrowseConversationCalls { get; } = new();

    public ConcurrentQueue<IReadOnlyList<string>> ContactBulkCalls { get; } = new();

    public ConcurrentQueue<IReadOnlyList<string>> UserBulkCalls { get; } = new();

    public ConcurrentQueue<IReadOnlyList<string>> QueueBulkCalls { get; } = new();

    /// <summary>The most by-id calls seen in flight at once.</summary>
    public int MaxConcurrentCalls => _maxConcurrent;

    private int _inFlight;
    private int _maxConcurrent;

    /// <summary>Delay of every by-id call, so concurrency can be observed.</summary>
    public TimeSpan CallDelay { get; init; }

    public CountingGenesysClient WithConversations(params Conversation[] conversations)
    {
        foreach (var conversation in conversations)
        {
            _conversations[conversation.Id] = conversation;
        }

        return this;
    }

    public CountingGenesysClient WithConversations(params string[] ids)
        => WithConversations(ids.Select(id => new Conversation { Id = id }).ToArray());

    public CountingGenesysClient WithCobrowseConversations(params CobrowseConversation[] conversations)
    {
        foreach (var conversation in conversations)
        {
            _cobrowseConversations[conversation.Id] = conversation;
        }

        return this;
    }

    public CountingGenesysClient WithCobrowseConversations(params string[] ids)
        => WithCobrowseConversations(ids.Select(id => new CobrowseConversation { Id = id }).ToArray());

    public CountingGenesysClient WithContacts(params string[] ids)
    {
        foreach (var id in ids)
        {
            _contacts[id] = new ExternalContact { Id = id, FirstName = $"first-{id}" };
        }

        return this;
    }

    public CountingGenesysClient WithUsers(params string[] ids)
    {
        foreach (var id in ids)
        {
            _users[id] = new User { Id = id, Name = $"user-{id}" };
        }

        return this;
    }

    public CountingGenesysClient WithQueues(params string[] ids)
    {
        foreach (var id in ids)
        {
            _queues[id] = new Queue { Id = id, Name = $"queue-{id}" };
        }

        return this;
    }

    /// <summary>Makes <paramref name="id"/> fail with <paramref name="status"/> wherever it is asked for.</summary>
    public CountingGenesysClient Failing(string id, HttpStatusCode status = HttpStatusCode.InternalServerError)
    {
        _failures[id] = status;
        return this;
    }

    public Task<Conversation?> GetConversationAsync(string conversationId, CancellationToken cancellationToken)
    {
        ConversationCalls.Enqueue(conversationId);
        return ByIdAsync(_conversations, conversationId, cancellationToken);
    }

    public Task<CobrowseConversation?> GetCobrowseConversationAsync(string conversationId, CancellationToken cancellationToken)
    {
        CobrowseConversationCalls.Enqueue(conversationId);
        return ByIdAsync(_cobrowseConversations, conversationId, cancellationToken);
    }

    public Task<ExternalContact?> GetExternalContactAsync(string contactId, CancellationToken cancellationToken)
        => throw new InvalidOperationException("Contacts must be read in bulk.");

    public Task<BulkFetchResult<ExternalContact>> GetExternalContactsAsync(IReadOnlyCollection<string> contactIds, CancellationToken cancellationToken)
    {
        ContactBulkCalls.Enqueue([.. contactIds]);
        var failures = contactIds
            .Where(_failures.ContainsKey)
            .ToDictionary(id => id, id => new GenesysApiException(_failures[id], "bulk.item.failed"), StringComparer.Ordinal);
        var found = contactIds.Where(id => !failures.ContainsKey(id) && _contacts.ContainsKey(id)).Select(id => _contacts[id]).ToList();
        return Task.FromResult(new BulkFetchResult<ExternalContact>(found, failures));
    }

    public Task<IReadOnlyList<User>> GetUsersAsync(IReadOnlyCollection<string> userIds, CancellationToken cancellationToken)
    {
        UserBulkCalls.Enqueue([.. userIds]);
        return Task.FromResult<IReadOnlyList<User>>(BulkOrThrow(_users, userIds));
    }

    public Task<IReadOnlyList<Queue>> GetQueuesAsync(IReadOnlyCollection<string> queueIds, CancellationToken cancellationToken)
    {
        QueueBulkCalls.Enqueue([.. queueIds]);
        return Task.FromResult<IReadOnlyList<Queue>>(BulkOrThrow(_queues, queueIds));
    }

    public Task<Session?> GetSessionAsync(string sessionId, CancellationToken cancellationToken)
        => throw new NotSupportedException();

    public Task<SessionListing?> GetExternalContactSessionsAsync(string contactId, int pageSize, string? after, CancellationToken cancellationToken)
        => throw new NotSupportedException();

    public Task<JourneySegment?> GetJourneySegmentAsync(string segmentId, CancellationToken cancellationToken)
        => throw new NotSupportedException();

    // The entity cache keys entries by organization: one fixed tenant for these tests.
    public Task<Organization> GetOrganizationAsync(CancellationToken cancellationToken)
        => Task.FromResult(new Organization { Id = "test-organization" });

    private async Task<T?> ByIdAsync<T>(Dictionary<string, T> entities, string id, CancellationToken cancellationToken)
        where T : class
    {
        var inFlight = Interlocked.Increment(ref _inFlight);
        InterlockedMax(ref _maxConcurrent, inFlight);
        try
        {
            if (CallDelay > TimeSpan.Zero)
            {
                await Task.Delay(CallDelay, cancellationToken);
            }

            if (_failures.TryGetValue(id, out var status))
            {
                throw new GenesysApiException(status, "simulated.failure");
            }

            return entities.GetValueOrDefault(id);
        }
        finally
        {
            Interlocked.Decrement(ref _inFlight);
        }
    }

    // A bulk GET fails as a whole (there are no per-item results), like the real endpoint.
    private List<T> BulkOrThrow<T>(Dictionary<string, T> entities, IReadOnlyCollection<string> ids)
        => ids.FirstOrDefault(_failures.ContainsKey) is { } failing
            ? throw new GenesysApiException(_failures[failing], "simulated.failure")
            : [.. ids.Where(entities.ContainsKey).Select(id => entities[id])];

    private static void InterlockedMax(ref int target, int value)
    {
        for (var current = Volatile.Read(ref target); value > current; current = Volatile.Read(ref target))
        {
            if (Interlocked.CompareExchange(ref target, value, current) == current)
            {
                return;
            }
        }
    }
}
