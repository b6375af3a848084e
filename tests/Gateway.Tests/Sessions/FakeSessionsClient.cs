using System.Collections.Concurrent;
using System.Net;
using Gateway.Upstream;
using GenesysCloud.Models;

namespace Gateway.Tests.Sessions;

/// <summary>
/// An in-memory upstream for the Sessions unit tests: sessions by id, one contact's sessions in cursor pages
/// (the <c>after</c> token is the position in the list, as the platform's cursors are), and call counts.
/// </summary>
internal sealed class FakeSessionsClient : IGenesysCloudClient
{
    private readonly Dictionary<string, Session> _sessions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Session>> _sessionsByContact = new(StringComparer.Ordinal);
    private readonly HashSet<string> _failingContacts = new(StringComparer.Ordinal);

    public ConcurrentQueue<string> SessionCalls { get; } = new();

    public ConcurrentQueue<(string ContactId, int PageSize, string? After)> PageCalls { get; } = new();

    public FakeSessionsClient WithSessions(params string[] ids)
    {
        foreach (var id in ids)
        {
            _sessions[id] = NewSession(id);
        }

        return this;
    }

    public FakeSessionsClient WithSession(Session session)
    {
        _sessions[session.Id] = session;
        return this;
    }

    /// <summary>Listing this contact's sessions fails with a 503.</summary>
    public FakeSessionsClient WithFailingContact(string contactId)
    {
        _failingContacts.Add(contactId);
        return this;
    }

    public FakeSessionsClient WithContact(string contactId, int sessionCount)
    {
        var sessions = Enumerable.Range(0, sessionCount).Select(i => NewSession($"{contactId}-s{i:D3}")).ToList();
        _sessionsByContact[contactId] = sessions;
        foreach (var session in sessions)
        {
            _sessions[session.Id] = session;
        }

        return this;
    }

    /// <summary>A new session joins the head of the contact's list (newest first), shifting every position.</summary>
    public FakeSessionsClient PrependToContact(string contactId, string sessionId)
    {
        var session = NewSession(sessionId);
        _sessionsByContact[contactId].Insert(0, session);
        _sessions[sessionId] = session;
        return this;
    }

    public static Session NewSession(string id) => new()
    {
        Id = id,
        Type = "web",
        EventCount = 1,
        Authenticated = false,
        CreatedDate = new DateTimeOffset(2024, 5, 1, 12, 0, 0, TimeSpan.Zero),
        LastEvent = new SessionLastEvent { Id = $"{id}-e", EventName = "page_viewed" },
    };

    public Task<Session?> GetSessionAsync(string sessionId, CancellationToken cancellationToken)
    {
        SessionCalls.Enqueue(sessionId);
        return Task.FromResult(_sessions.GetValueOrDefault(sessionId));
    }

    public Task<SessionListing?> GetExternalContactSessionsAsync(string contactId, int pageSize, string? after, CancellationToken cancellationToken)
    {
        PageCalls.Enqueue((contactId, pageSize, after));
        if (_failingContacts.Contains(contactId))
        {
            throw new GenesysApiException(HttpStatusCode.ServiceUnavailable, "service.unavailable");
        }

        if (!_sessionsByContact.TryGetValue(contactId, out var all))
        {
            return Task.FromResult<SessionListing?>(null);
        }

        var start = after is null ? 0 : int.Parse(after.AsSpan("pos".Length), provider: null);
        var page = all.Skip(start).Take(pageSize).ToList();
        var end = start + page.Count;
        return Task.FromResult<SessionListing?>(new SessionListing
        {
            Entities = page,
            NextUri = end < all.Count ? $"/api/v2/externalcontacts/contacts/{contactId}/journey/sessions?pageSize={pageSize}&after=pos{end}" : null,
        });
    }

    public Task<JourneySegment?> GetJourneySegmentAsync(string segmentId, CancellationToken cancellationToken)
        => Task.FromResult<JourneySegment?>(null);

    public Task<Conversation?> GetConversationAsync(string conversationId, CancellationToken cancellationToken)
        => Task.FromResult<Conversation?>(null);

    public Task<CobrowseConversation?> GetCobrowseConversationAsync(string conversationId, CancellationToken cancellationToken)
        => Task.FromResult<CobrowseConversation?>(null);

    public Task<ExternalContact?> GetExternalContactAsync(string contactId, CancellationToken cancellationToken)
        => Task.FromResult<ExternalContact?>(null);

    public Task<BulkFetchResult<ExternalContact>> GetExternalContactsAsync(IReadOnlyCollection<string> contactIds, CancellationToken cancellationToken)
        => Task.FromResult(new BulkFetchResult<ExternalContact>([], new Dictionary<string, GenesysApiException>()));

    public Task<IReadOnlyList<User>> GetUsersAsync(IReadOnlyCollection<string> userIds, CancellationToken cancellationToken)
        => Task.FromResult<IReadOnlyList<User>>([]);

    public Task<IReadOnlyList<Queue>> GetQueuesAsync(IReadOnlyCollection<string> queueIds, CancellationToken cancellationToken)
        => Task.FromResult<IReadOnlyList<Queue>>([]);

    public Task<Organization> GetOrganizationAsync(CancellationToken cancellationToken)
        => Task.FromResult(new Organization { Id = "org-1" });
}
