using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using GenesysCloud.Models;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Gateway.Upstream;

/// <summary>
/// The typed HttpClient behind <see cref="IGenesysCloudClient"/>: builds upstream URIs from the
/// <see cref="UpstreamConnection"/> in effect, streams JSON through <see cref="GenesysJsonContext"/>, splits bulk
/// reads into upstream-sized calls sent concurrently, and maps every failure to <see cref="GenesysApiException"/>.
/// Tokens, retries and timeouts are the handlers' business (see <see cref="UpstreamServiceCollectionExtensions"/>).
/// </summary>
public sealed class GenesysCloudClient : IGenesysCloudClient
{
    /// <summary>The name of the typed client's HttpClient (to configure its handlers, e.g. in tests).</summary>
    public const string HttpClientName = "Genesys.Api";

    private const string CorrelationIdHeader = "ININ-Correlation-Id";
    private const string NotificationChannelsPath = "api/v2/notifications/channels";

    private readonly HttpClient _http;
    private readonly UpstreamConnection _connection;
    private readonly GenesysOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<GenesysCloudClient> _logger;

    public GenesysCloudClient(HttpClient http, UpstreamConnection connection, IOptions<GenesysOptions> options, TimeProvider time, ILogger<GenesysCloudClient> logger)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(logger);
        _http = http;
        _connection = connection;
        _options = options.Value;
        _time = time;
        _logger = logger;
    }

    public Task<Session?> GetSessionAsync(string sessionId, CancellationToken cancellationToken)
        => GetByIdAsync(UpstreamRoutes.JourneySession, "api/v2/journey/sessions/", sessionId, GenesysJsonContext.Default.Session, cancellationToken);

    public Task<SessionListing?> GetExternalContactSessionsAsync(string contactId, int pageSize, string? after, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(contactId);
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);
        if (!UpstreamUri.IsAddressable(contactId))
        {
            return Task.FromResult<SessionListing?>(null);
        }

        var path = new StringBuilder("api/v2/externalcontacts/contacts/")
            .Append(UpstreamUri.Escape(contactId))
            .Append("/journey/sessions?pageSize=")
            .Append(pageSize.ToString(CultureInfo.InvariantCulture));
        if (!string.IsNullOrEmpty(after))
        {
            path.Append("&after=").Append(UpstreamUri.Escape(after));
        }

        return SendAsync(UpstreamRoutes.ExternalContactJourneySessions, HttpMethod.Get, ApiUri(path.ToString()), content: null,
            GenesysJsonContext.Default.SessionListing, notFoundIsNull: true, cancellationToken);
    }

    public Task<JourneySegment?> GetJourneySegmentAsync(string segmentId, CancellationToken cancellationToken)
        => GetByIdAsync(UpstreamRoutes.JourneySegment, "api/v2/journey/segments/", segmentId, GenesysJsonContext.Default.JourneySegment, cancellationToken);

    public Task<Conversation?> GetConversationAsync(string conversationId, CancellationToken cancellationToken)
        => GetByIdAsync(UpstreamRoutes.Conversation, "api/v2/conversations/", conversationId, GenesysJsonContext.Default.Conversation, cancellationToken);

    public Task<CobrowseConversation?> GetCobrowseConversationAsync(string conversationId, CancellationToken cancellationToken)
        => GetByIdAsync(UpstreamRoutes.CobrowseConversation, "api/v2/conversations/cobrowsesessions/", conversationId,
            GenesysJsonContext.Default.CobrowseConversation, cancellationToken);

    public Task<ExternalContact?> GetExternalContactAsync(string contactId, CancellationToken cancellationToken)
        => GetByIdAsync(UpstreamRoutes.ExternalContact, "api/v2/externalcontacts/contacts/", contactId, GenesysJsonContext.Default.ExternalContact, cancellationToken);

    public async Task<Organization> GetOrganizationAsync(CancellationToken cancellationToken)
        => await SendAsync(UpstreamRoutes.OrganizationMe, HttpMethod.Get, ApiUri("api/v2/organizations/me"), content: null,
                GenesysJsonContext.Default.Organization, notFoundIsNull: false, cancellationToken).ConfigureAwait(false)
            ?? throw UpstreamFailures.Unreadable();

    public async Task<BulkFetchResult<ExternalContact>> GetExternalContactsAsync(IReadOnlyCollection<string> contactIds, CancellationToken cancellationToken)
    {
        var ids = DistinctIds(contactIds);
        if (ids.Length == 0)
        {
            return new BulkFetchResult<ExternalContact>([], new Dictionary<string, GenesysApiException>(StringComparer.Ordinal));
        }

        var found = new ConcurrentDictionary<string, ExternalContact>(StringComparer.Ordinal);
        var failures = new ConcurrentDictionary<string, GenesysApiException>(StringComparer.Ordinal);
        await ForEachChunkAsync(ids, _options.BulkContactsBatchSize,
            (chunk, _, token) => FetchContactsAsync(chunk, found, failures, token), cancellationToken).ConfigureAwait(false);

        var entities = new List<ExternalContact>(found.Count);
        foreach (var id in ids)
        {
            if (found.TryGetValue(id, out var contact))
            {
                entities.Add(contact);
            }
        }

        return new BulkFetchResult<ExternalContact>(entities, new Dictionary<string, GenesysApiException>(failures, StringComparer.Ordinal));
    }

    public Task<IReadOnlyList<User>> GetUsersAsync(IReadOnlyCollection<string> userIds, CancellationToken cancellationToken)
        => GetByIdListAsync(UpstreamRoutes.Users, "api/v2/users", userIds, GenesysJsonContext.Default.EntityListingUser, user => user.Id, cancellationToken);

    public Task<IReadOnlyList<Queue>> GetQueuesAsync(IReadOnlyCollection<string> queueIds, CancellationToken cancellationToken)
        => GetByIdListAsync(UpstreamRoutes.Queues, "api/v2/routing/queues", queueIds, GenesysJsonContext.Default.EntityListingQueue, queue => queue.Id, cancellationToken);

    public async Task<Channel> CreateNotificationChannelAsync(CancellationToken cancellationToken)
    {
        var channel = await SendAsync(UpstreamRoutes.CreateNotificationChannel, HttpMethod.Post, ApiUri(NotificationChannelsPath), content: null,
            GenesysJsonContext.Default.Channel, notFoundIsNull: false, cancellationToken).ConfigureAwait(false);

        // A channel without somewhere to connect is of no use: as unreadable as bad JSON.
        return channel is { Id.Length: > 0 } && Uri.TryCreate(channel.ConnectUri, UriKind.Absolute, out _)
            ? channel
            : throw UpstreamFailures.Unreadable();
    }

    public async Task<bool> NotificationChannelExistsAsync(string channelId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(channelId);
        if (!UpstreamUri.IsAddressable(channelId))
        {
            return false;
        }

        const string Route = UpstreamRoutes.NotificationChannel;
        using var request = new HttpRequestMessage(HttpMethod.Head, ApiUri(NotificationChannelsPath + "/" + UpstreamUri.Escape(channelId)));
        request.Options.Set(UpstreamRoutes.RequestOption, Route);
        try
        {
            using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
            if (response.StatusCode == HttpStatusCode.NotFound)
            {
                return false;
            }

            if (!response.IsSuccessStatusCode)
            {
                // A HEAD answer has no body: the status is all there is.
                var correlationId = response.Headers.TryGetValues(CorrelationIdHeader, out var values) ? values.FirstOrDefault() : null;
                UpstreamLog.CallFailed(_logger, Route, (int)response.StatusCode, null, correlationId);
                throw new GenesysApiException(response.StatusCode, null, retryAfter: RetryAfterHeader.Read(response, _time));
            }

            return true;
        }
        catch (Exception exception) when (UpstreamFailures.Translate(exception, Route, _logger, cancellationToken) is { } failure)
        {
            throw failure;
        }
    }

    public async Task<IReadOnlyList<Channel>> GetNotificationChannelsAsync(CancellationToken cancellationToken)
    {
        // The channels of this OAuth client, not only of this token: a token refresh must not hide our own channels.
        var listing = await SendAsync(UpstreamRoutes.NotificationChannels, HttpMethod.Get, ApiUri(NotificationChannelsPath + "?includechannels=oauthclient"),
            content: null, GenesysJsonContext.Default.ChannelEntityListing, notFoundIsNull: false, cancellationToken).ConfigureAwait(false);
        return listing?.Entities ?? [];
    }

    public Task<ChannelTopicEntityListing?> ReplaceNotificationSubscriptionsAsync(string channelId, IReadOnlyCollection<string> topics, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(channelId);
        ArgumentNullException.ThrowIfNull(topics);
        if (!UpstreamUri.IsAddressable(channelId))
        {
            return Task.FromResult<ChannelTopicEntityListing?>(null);
        }

        List<ChannelTopic> body = [.. topics.Select(topic => new ChannelTopic { Id = topic })];
        return SendAsync(UpstreamRoutes.NotificationChannelSubscriptions, HttpMethod.Put,
            ApiUri(NotificationChannelsPath + "/" + UpstreamUri.Escape(channelId) + "/subscriptions"),
            UpstreamJson.Content(body, GenesysJsonContext.Default.ListChannelTopic), GenesysJsonContext.Default.ChannelTopicEntityListing,
            notFoundIsNull: true, cancellationToken);
    }

    private Task<T?> GetByIdAsync<T>(string route, string collectionPath, string id, JsonTypeInfo<T> typeInfo, CancellationToken cancellationToken)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(id);

        // An id that cannot name an entity is unknown, as the upstream would say; it must never reach the path as a dot segment.
        return UpstreamUri.IsAddressable(id)
            ? SendAsync(route, HttpMethod.Get, ApiUri(collectionPath + UpstreamUri.Escape(id)), content: null, typeInfo, notFoundIsNull: true, cancellationToken)
            : Task.FromResult<T?>(null);
    }

    private async Task FetchContactsAsync(
        string[] ids,
        ConcurrentDictionary<string, ExternalContact> found,
        ConcurrentDictionary<string, GenesysApiException> failures,
        CancellationToken cancellationToken)
    {
        var body = new BulkIdsRequest { Entities = [.. ids.Select(id => new BulkIdEntity { Id = id })] };
        BulkFetchContactsResponse? response;
        try
        {
            response = await SendAsync(UpstreamRoutes.BulkExternalContacts, HttpMethod.Post, ApiUri("api/v2/externalcontacts/bulk/contacts"),
                UpstreamJson.Content(body, GenesysJsonContext.Default.BulkIdsRequest), GenesysJsonContext.Default.BulkFetchContactsResponse,
                notFoundIsNull: false, cancellationToken).ConfigureAwait(false);
        }
        catch (GenesysApiException exception) when (IsRefusedAsTooLarge(exception) && ids.Length > 1)
        {
            // The upstream's maximum is not documented: halve until it accepts.
            UpstreamLog.BulkChunkSplit(_logger, ids.Length, (int)exception.StatusCode);
            var half = ids.Length / 2;
            await FetchContactsAsync(ids[..half], found, failures, cancellationToken).ConfigureAwait(false);
            await FetchContactsAsync(ids[half..], found, failures, cancellationToken).ConfigureAwait(false);
            return;
        }
        catch (GenesysApiException exception) when (IsRefusedAsTooLarge(exception))
        {
            // One id the upstream will not take is that id's failure, not the whole batch's.
            failures[ids[0]] = exception;
            return;
        }

        var requested = new HashSet<string>(ids, StringComparer.Ordinal);
        foreach (var result in response?.Results ?? [])
        {
            if (result.Id is null || !requested.Contains(result.Id))
            {
                continue;
            }

            if (result.Success && result.Entity is not null)
            {
                found[result.Id] = result.Entity;
                continue;
            }

            var status = result.Status ?? result.Error?.Status ?? (int)HttpStatusCode.InternalServerError;
            if (status == (int)HttpStatusCode.NotFound)
            {
                continue;
            }

            var code = result.Error?.Code;
            failures[result.Id] = new GenesysApiException((HttpStatusCode)status, code,
                new ErrorBody { Code = code, Message = result.Error?.Message, Status = status, EntityId = result.Id });
        }
    }

    private static bool IsRefusedAsTooLarge(GenesysApiException exception)
        => exception.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.UnprocessableEntity;

    private async Task<IReadOnlyList<T>> GetByIdListAsync<T>(
        string route,
        string collectionPath,
        IReadOnlyCollection<string> requestedIds,
        JsonTypeInfo<EntityListing<T>> typeInfo,
        Func<T, string> idOf,
        CancellationToken cancellationToken)
    {
        var ids = DistinctIds(requestedIds);
        if (ids.Length == 0)
        {
            return [];
        }

        var size = _options.BulkIdsPerRequest;
        var pages = new List<T>?[(ids.Length + size - 1) / size];
        await ForEachChunkAsync(ids, size, async (chunk, index, token) =>
            pages[index] = await FetchListChunkAsync(route, collectionPath, chunk, typeInfo, token).ConfigureAwait(false),
            cancellationToken).ConfigureAwait(false);

        // Only what was asked for: an id holding a comma reads as two ids upstream, and a batch must not grow keys.
        var requested = new HashSet<string>(ids, StringComparer.OrdinalIgnoreCase);
        return [.. pages.SelectMany(page => page ?? []).Where(entity => requested.Contains(idOf(entity)))];
    }

    /// <summary>
    /// One <c>?id=…</c> call for <paramref name="chunk"/>. The upstream refuses the whole call (400) for one malformed
    /// id: then the chunk is split in two and retried, so only that id goes missing (read as unknown), not its neighbours.
    /// </summary>
    private async Task<List<T>?> FetchListChunkAsync<T>(
        string route, string collectionPath, string[] chunk, JsonTypeInfo<EntityListing<T>> typeInfo, CancellationToken cancellationToken)
    {
        // pageSize = the number of ids, so one page holds every match.
        var query = new StringBuilder(collectionPath).Append('?');
        foreach (var id in chunk)
        {
            query.Append("id=").Append(UpstreamUri.Escape(id)).Append('&');
        }

        query.Append("pageSize=").Append(chunk.Length.ToString(CultureInfo.InvariantCulture));
        try
        {
            var listing = await SendAsync(route, HttpMethod.Get, ApiUri(query.ToString()), content: null, typeInfo, notFoundIsNull: true, cancellationToken)
                .ConfigureAwait(false);
            return listing?.Entities;
        }
        catch (GenesysApiException exception) when (exception.StatusCode == HttpStatusCode.BadRequest)
        {
            if (chunk.Length == 1)
            {
                return null;
            }

            var half = chunk.Length / 2;
            var first = await FetchListChunkAsync(route, collectionPath, chunk[..half], typeInfo, cancellationToken).ConfigureAwait(false);
            var second = await FetchListChunkAsync(route, collectionPath, chunk[half..], typeInfo, cancellationToken).ConfigureAwait(false);
            return [.. first ?? [], .. second ?? []];
        }
    }

    /// <summary>Hands <paramref name="fetch"/> the chunks of <paramref name="size"/> ids (and their index), at most <see cref="GenesysOptions.MaxParallelRequests"/> at once.</summary>
    private async Task ForEachChunkAsync(string[] ids, int size, Func<string[], int, CancellationToken, Task> fetch, CancellationToken cancellationToken)
    {
        if (ids.Length <= size)
        {
            await fetch(ids, 0, cancellationToken).ConfigureAwait(false);
            return;
        }

        var chunks = ids.Chunk(size).Select((chunk, index) => (chunk, index));
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = _options.MaxParallelRequests, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(chunks, parallel, async (item, token) => await fetch(item.chunk, item.index, token).ConfigureAwait(false))
            .ConfigureAwait(false);
    }

    /// <summary>
    /// One call. Answers the body, or null for a 404 when <paramref name="notFoundIsNull"/>; throws
    /// <see cref="GenesysApiException"/> for anything else that is not a success.
    /// </summary>
    private async Task<T?> SendAsync<T>(
        string route, HttpMethod method, Uri uri, HttpContent? content, JsonTypeInfo<T> typeInfo, bool notFoundIsNull, CancellationToken cancellationToken)
        where T : class
    {
        using var request = new HttpRequestMessage(method, uri) { Content = content };
        request.Options.Set(UpstreamRoutes.RequestOption, route);
        try
        {
            using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
            if (notFoundIsNull && response.StatusCode == HttpStatusCode.NotFound)
            {
                return null;
            }

            // The resilience pipeline's timeouts end with the headers: the body gets one attempt's time of its own.
            using var bodyTimeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            bodyTimeout.CancelAfter(TimeSpan.FromSeconds(_options.AttemptTimeoutSeconds));
            if (!response.IsSuccessStatusCode)
            {
                throw await FailureAsync(route, response, bodyTimeout.Token).ConfigureAwait(false);
            }

            return await UpstreamJson.ReadAsync(response.Content, typeInfo, bodyTimeout.Token).ConfigureAwait(false)
                ?? throw UpstreamFailures.Unreadable();
        }
        catch (Exception exception) when (UpstreamFailures.Translate(exception, route, _logger, cancellationToken) is { } failure)
        {
            throw failure;
        }
    }

    private async Task<GenesysApiException> FailureAsync(string route, HttpResponseMessage response, CancellationToken cancellationToken)
    {
        ErrorBody? body = null;
        try
        {
            body = await UpstreamJson.ReadAsync(response.Content, GenesysJsonContext.Default.ErrorBody, cancellationToken).ConfigureAwait(false);
        }
        catch (JsonException)
        {
            // Not the platform's error body (a proxy's page): the status still says what happened.
        }

        var correlationId = response.Headers.TryGetValues(CorrelationIdHeader, out var values) ? values.FirstOrDefault() : null;
        UpstreamLog.CallFailed(_logger, route, (int)response.StatusCode, body?.Code, correlationId);
        return new GenesysApiException(response.StatusCode, body?.Code, body, RetryAfterHeader.Read(response, _time));
    }

    private Uri ApiUri(string relative) => UpstreamUri.Combine(_connection.ApiBaseUrl, relative);

    private static string[] DistinctIds(IReadOnlyCollection<string> ids)
    {
        ArgumentNullException.ThrowIfNull(ids);
        var seen = new HashSet<string>(ids.Count, StringComparer.Ordinal);
        var distinct = new List<string>(ids.Count);
        foreach (var id in ids)
        {
            if (!string.IsNullOrEmpty(id) && seen.Add(id))
            {
                distinct.Add(id);
            }
        }

        return [.. distinct];
    }
}
