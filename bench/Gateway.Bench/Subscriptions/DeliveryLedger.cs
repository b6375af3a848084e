using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;

namespace Gateway.Bench.Subscriptions;

/// <summary>Every <c>next</c> of every subscription, read as a <see cref="Delivery"/>; payloads with errors are counted apart.</summary>
internal sealed class DeliveryLedger(SubscriptionPlan plan)
{
    private const int MaxErrorSamples = 5;

    private readonly ConcurrentQueue<Delivery> _deliveries = new();
    private readonly int[] _perSubscription = new int[plan.Targets.Count];
    private readonly ConcurrentQueue<string> _errorSamples = new();
    private int _errors;

    /// <summary>Payloads with GraphQL errors or without the fields the benchmark selected.</summary>
    public int Errors => Volatile.Read(ref _errors);

    public IReadOnlyList<string> ErrorSamples => [.. _errorSamples];

    /// <summary>What was received so far, in no particular order.</summary>
    public IReadOnlyList<Delivery> Snapshot() => [.. _deliveries];

    /// <summary>Whether subscription <paramref name="index"/> received anything yet.</summary>
    public bool HasReceived(int index) => Volatile.Read(ref _perSubscription[index]) > 0;

    /// <summary>Reads one <c>next</c> payload of <paramref name="target"/>.</summary>
    public void Record(SubscriptionTarget target, JsonElement payload, DateTimeOffset receivedAt)
    {
        Delivery? delivery;
        try
        {
            delivery = payload.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Array && errors.GetArrayLength() > 0
                ? null
                : target.Kind == SubscriptionKind.ContactSessions ? ReadSession(target, payload, receivedAt) : ReadCobrowse(target, payload, receivedAt);
        }
        catch (Exception ex) when (ex is InvalidOperationException or KeyNotFoundException or FormatException)
        {
            delivery = null;
        }

        if (delivery is not { } read)
        {
            Interlocked.Increment(ref _errors);
            if (_errorSamples.Count < MaxErrorSamples)
            {
                var text = payload.GetRawText();
                _errorSamples.Enqueue(text.Length > 240 ? text[..240] + "…" : text);
            }

            return;
        }

        _deliveries.Enqueue(read);
        Interlocked.Increment(ref _perSubscription[target.Index]);
    }

    private static Delivery ReadSession(SubscriptionTarget target, JsonElement payload, DateTimeOffset receivedAt)
    {
        var session = payload.GetProperty("data").GetProperty("sessionsUpdatedForExternalContact");
        return new Delivery(
            target.Index,
            session.GetProperty("id").GetString()!,
            session.GetProperty("eventCount").GetInt32(),
            null,
            Time(session.GetProperty("lastEvent").GetProperty("createdDate")),
            receivedAt);
    }

    private static Delivery ReadCobrowse(SubscriptionTarget target, JsonElement payload, DateTimeOffset receivedAt)
    {
        var update = payload.GetProperty("data").GetProperty("cobrowseSessionUpdated");
        return new Delivery(
            target.Index,
            update.GetProperty("conversationId").GetString()!,
            null,
            update.GetProperty("participantId").GetString(),
            Time(update.GetProperty("cobrowseSession").GetProperty("providerEventTime")),
            receivedAt);
    }

    private static DateTimeOffset? Time(JsonElement value) =>
        value.ValueKind == JsonValueKind.String
            ? DateTimeOffset.Parse(value.GetString()!, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal)
            : null;
}
