using System.Net.Http.Json;
using System.Text.Json;
using GenesysCloud.Simulator;

namespace Gateway.Bench.Subscriptions;

/// <summary>
/// Asks the simulator for changes through its control endpoints (<c>POST /__simulator/notifications/session-update</c>
/// and <c>cobrowse-transition</c>), which publish them to the subscribed channels before they answer.
/// </summary>
internal sealed class ChangeTrigger : IDisposable
{
    private const string SessionUpdatePath = "__simulator/notifications/session-update";
    private const string CobrowseTransitionPath = "__simulator/notifications/cobrowse-transition";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly HttpClient _client;
    private int _next = -1;

    public ChangeTrigger(Uri simulator, int maxConnections)
    {
        _client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = maxConnections, PooledConnectionLifetime = Timeout.InfiniteTimeSpan })
        {
            BaseAddress = simulator,
            Timeout = TimeSpan.FromSeconds(10),
        };
    }

    /// <summary>Records one more event on <paramref name="sessionId"/> of <paramref name="contactId"/>.</summary>
    public Task<TriggeredChange> UpdateSessionAsync(string phase, string contactId, string sessionId, CancellationToken cancellationToken) =>
        SendAsync(phase, SubscriptionKind.ContactSessions, contactId, SessionUpdatePath, new ChangeRequest { SessionId = sessionId }, cancellationToken);

    /// <summary>Moves the co-browse of <paramref name="conversationId"/> to its next state.</summary>
    public Task<TriggeredChange> TransitionCobrowseAsync(string phase, string conversationId, CancellationToken cancellationToken) =>
        SendAsync(phase, SubscriptionKind.CobrowseSession, conversationId, CobrowseTransitionPath, new ChangeRequest { ConversationId = conversationId }, cancellationToken);

    public void Dispose() => _client.Dispose();

    private async Task<TriggeredChange> SendAsync(
        string phase, SubscriptionKind kind, string entityId, string path, ChangeRequest request, CancellationToken cancellationToken)
    {
        var index = Interlocked.Increment(ref _next);
        var sentAt = DateTimeOffset.UtcNow;
        try
        {
            using var response = await _client.PostAsJsonAsync(path, request, Json, cancellationToken).ConfigureAwait(false);
            var answeredAt = DateTimeOffset.UtcNow;
            if (!response.IsSuccessStatusCode)
            {
                var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
                return Failed($"HTTP {(int)response.StatusCode} {(body.Length > 160 ? body[..160] : body)}", answeredAt);
            }

            var change = await response.Content.ReadFromJsonAsync<NotificationChange>(Json, cancellationToken).ConfigureAwait(false);
            if (change is null)
            {
                return Failed("an empty answer", answeredAt);
            }

            return new TriggeredChange(
                index, phase, kind, entityId, change.SessionId, change.EventCount, change.CorrelationId, change.Deliveries, sentAt, answeredAt, null);
        }
        catch (HttpRequestException ex)
        {
            return Failed($"transport: {ex.HttpRequestError}", DateTimeOffset.UtcNow);
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return Failed("timed out", DateTimeOffset.UtcNow);
        }

        TriggeredChange Failed(string failure, DateTimeOffset answeredAt) =>
            new(index, phase, kind, entityId, request.SessionId, null, null, 0, sentAt, answeredAt, $"{path}: {failure}");
    }
}
