using System.Collections.Concurrent;
using System.Diagnostics;
using GenesysCloud.Models;
using GenesysCloud.Simulator.Hosting;
using GenesysCloud.Simulator.Seed;
using Microsoft.Extensions.Options;

namespace GenesysCloud.Simulator;

/// <summary>
/// The simulator's data, per organization: the same ids in every organization (seed and index only), different
/// values (seed and organization id). Each organization's data set is built on first use, once, and cached.
/// Tests read expected values here. Ids are compared as GUIDs, so any casing finds the entity.
/// </summary>
public sealed class SimulatorDataStore
{
    private readonly DataPlan _plan;
    private readonly ConcurrentDictionary<string, Lazy<OrganizationDataSet>> _organizations = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Organization> _organizationRecords = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _organizationNames;
    private readonly TimeProvider _time;
    private readonly ILogger<SimulatorDataStore> _logger;

    public SimulatorDataStore(IOptions<SimulatorOptions> options, TimeProvider time, ILogger<SimulatorDataStore> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _plan = new DataPlan(options.Value);
        _time = time;
        _logger = logger;
        var clients = options.Value.EffectiveClients;
        _organizationNames = clients
            .GroupBy(c => Normalize(c.OrganizationId), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().OrganizationName, StringComparer.Ordinal);
        DefaultOrganizationId = Normalize(clients[0].OrganizationId);
        OrganizationIds = [.. _organizationNames.Keys];
    }

    /// <summary>The organization of the first configured client (the default client's when none is configured).</summary>
    public string DefaultOrganizationId { get; }

    /// <summary>The organizations of the configured clients.</summary>
    public IReadOnlyList<string> OrganizationIds { get; }

    /// <summary>Ids of every entity, the same in every organization.</summary>
    public IReadOnlyList<string> ExternalContactIds => _plan.ContactIds;
    public IReadOnlyList<string> SessionIds => _plan.SessionIds;
    public IReadOnlyList<string> ConversationIds => _plan.ConversationIds;
    public IReadOnlyList<string> UserIds => _plan.UserIds;
    public IReadOnlyList<string> QueueIds => _plan.QueueIds;
    public IReadOnlyList<string> JourneySegmentIds => _plan.SegmentIds;

    /// <summary>Builds the organization's data set now rather than on its first request.</summary>
    public void WarmUp(string organizationId) => _ = For(organizationId);

    /// <summary>The organization itself; cheap, it does not build the organization's data set.</summary>
    public Organization GetOrganization(string organizationId) =>
        _organizationRecords.GetOrAdd(Normalize(organizationId), CreateOrganization);

    public Session? GetSession(string organizationId, string sessionId) => For(organizationId).GetSession(Normalize(sessionId));

    public IReadOnlyList<Session> Sessions(string organizationId) => For(organizationId).Sessions;

    /// <summary>A contact's sessions, newest first (the listing's order); null when the contact does not exist.</summary>
    public IReadOnlyList<Session>? SessionsOfExternalContact(string organizationId, string contactId) =>
        For(organizationId).SessionsOfExternalContact(Normalize(contactId));

    public ExternalContact? GetExternalContact(string organizationId, string contactId) =>
        For(organizationId).GetExternalContact(Normalize(contactId));

    public IReadOnlyList<ExternalContact> ExternalContacts(string organizationId) => For(organizationId).ExternalContacts;

    public User? GetUser(string organizationId, string userId) => For(organizationId).GetUser(Normalize(userId));

    public IReadOnlyList<User> Users(string organizationId) => For(organizationId).Users;

    public Queue? GetQueue(string organizationId, string queueId) => For(organizationId).GetQueue(Normalize(queueId));

    public IReadOnlyList<Queue> Queues(string organizationId) => For(organizationId).Queues;

    public JourneySegment? GetJourneySegment(string organizationId, string segmentId) => For(organizationId).GetSegment(Normalize(segmentId));

    public IReadOnlyList<JourneySegment> JourneySegments(string organizationId) => For(organizationId).Segments;

    public Conversation? GetConversation(string organizationId, string conversationId) =>
        For(organizationId).GetConversation(Normalize(conversationId));

    public IReadOnlyList<Conversation> Conversations(string organizationId) => For(organizationId).Conversations;

    /// <summary>The co-browse view of a conversation; null when it does not exist or has no co-browse.</summary>
    public CobrowseConversation? GetCobrowseConversation(string organizationId, string conversationId) =>
        For(organizationId).GetCobrowseConversation(Normalize(conversationId));

    public IReadOnlyList<CobrowseConversation> CobrowseConversations(string organizationId) => For(organizationId).CobrowseConversations;

    /// <summary>
    /// Replaces the editable fields of a contact with those of <paramref name="replacement"/>, keeping its id,
    /// creation date and selfUri and moving its modifyDate to now. Null when the contact does not exist.
    /// </summary>
    public ExternalContact? UpdateExternalContact(string organizationId, string contactId, ExternalContact replacement)
    {
        ArgumentNullException.ThrowIfNull(replacement);
        var now = _time.GetUtcNow();
        now = now.AddTicks(-(now.Ticks % TimeSpan.TicksPerMillisecond));
        return For(organizationId).UpdateExternalContact(Normalize(contactId), current => replacement with
        {
            Id = current.Id,
            CreateDate = current.CreateDate,
            ModifyDate = now > current.ModifyDate ? now : current.ModifyDate!.Value.AddMilliseconds(1),
            SelfUri = current.SelfUri,
        });
    }

    internal static string Normalize(string id) => Guid.TryParse(id, out var guid) ? guid.ToString("D") : id;

    /// <summary>Whether the organization's data set has been built (a scheduled change never builds one).</summary>
    internal bool IsBuilt(string organizationId) =>
        _organizations.TryGetValue(Normalize(organizationId), out var data) && data.IsValueCreated;

    internal OrganizationDataSet For(string organizationId)
    {
        var key = Normalize(organizationId);
        return _organizations.GetOrAdd(key, k => new Lazy<OrganizationDataSet>(() => Build(k), LazyThreadSafetyMode.ExecutionAndPublication)).Value;
    }

    private OrganizationDataSet Build(string organizationId)
    {
        var started = Stopwatch.GetTimestamp();
        var data = new OrganizationDataSet(_plan, GetOrganization(organizationId));
        SimulatorLog.DataSetBuilt(_logger, organizationId, (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        return data;
    }

    private Organization CreateOrganization(string organizationId)
    {
        var name = _organizationNames.GetValueOrDefault(organizationId) ?? $"Organization {organizationId[..8]}";
        return new Organization
        {
            Id = organizationId,
            Name = name,
            DefaultLanguage = "en-us",
            Domain = new string([.. name.ToLowerInvariant().Where(char.IsAsciiLetterOrDigit)]),
            Version = 1,
            State = "active",
            SelfUri = SelfUris.Organization(organizationId),
        };
    }
}
