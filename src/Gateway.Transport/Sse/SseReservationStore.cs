using System.Buffers.Text;
using System.Collections.Concurrent;
using System.Security.Cryptography;
using Gateway.Transport.Subscriptions;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Gateway.Transport.Sse;

/// <summary>
/// The single-connection reservations of this instance, in memory. A reservation, its stream and its operations live
/// on the instance that made it, so behind a load balancer a single-connection client must reach one instance for all
/// its requests (sticky sessions keyed on the client, or distinct connections mode, which needs nothing shared).
/// Bounded per client (<see cref="GraphQLSubscriptionOptions.MaxConnectionsPerClient"/>, shared with the other
/// streaming connections) and in total (<see cref="GraphQLSseOptions.MaxReservations"/>).
/// </summary>
public sealed class SseReservationStore : IDisposable
{
    private readonly ConcurrentDictionary<string, SseReservation> _reservations = new(StringComparer.Ordinal);
    private readonly ClientConnectionLimiter _limiter;
    private readonly GraphQLSseOptions _options;
    private readonly GraphQLSubscriptionOptions _subscriptionOptions;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger _logger;
    private int _count;

    /// <summary>Creates the (singleton) store.</summary>
    public SseReservationStore(
        ClientConnectionLimiter limiter,
        IOptions<GraphQLSseOptions> options,
        IOptions<GraphQLSubscriptionOptions> subscriptionOptions,
        TimeProvider timeProvider,
        ILogger<SseReservationStore> logger)
    {
        _limiter = limiter;
        _options = options.Value;
        _subscriptionOptions = subscriptionOptions.Value;
        _timeProvider = timeProvider;
        _logger = logger;
    }

    /// <summary>The reservations held now (waiting for their stream or streaming).</summary>
    public int Count => Volatile.Read(ref _count);

    /// <summary>Makes a reservation for the client of <paramref name="context"/> (→ 429 or 503 when bounded).</summary>
    internal SseReservation Reserve(HttpContext context)
    {
        if (Interlocked.Increment(ref _count) > _options.MaxReservations)
        {
            Interlocked.Decrement(ref _count);
            throw new SseServerBusyError();
        }

        var lease = _limiter.TryAcquire(context);
        if (lease is null)
        {
            Interlocked.Decrement(ref _count);
            throw new SseTooManyConnectionsError();
        }

        // 256 random bits: the token is the only credential of the stream, so it must not be guessable.
        var token = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
        var reservation = new SseReservation(
            token,
            lease,
            _subscriptionOptions.MaxBufferedResults,
            _timeProvider,
            _options.ReservationTimeout,
            _subscriptionOptions.IdleTimeout,
            OnClosed,
            ex => SseTransportLog.UnexpectedError(_logger, ex));
        _reservations[token] = reservation;
        SseTransportLog.ReservationMade(_logger, Count);
        return reservation;
    }

    /// <summary>The open reservation of <paramref name="token"/>, or <see langword="null"/>.</summary>
    internal SseReservation? Find(string token)
        => _reservations.TryGetValue(token, out var reservation) && !reservation.IsClosed ? reservation : null;

    /// <summary>Ends every reservation (the server is stopping): their streams end and their operations stop.</summary>
    public void Dispose()
    {
        foreach (var reservation in _reservations.Values)
        {
            reservation.Close("the server is stopping");
        }
    }

    private void OnClosed(SseReservation reservation, string reason)
    {
        // A reservation closes exactly once, so this is its one decrement.
        _reservations.TryRemove(KeyValuePair.Create(reservation.Token, reservation));
        Interlocked.Decrement(ref _count);

        SseTransportLog.ReservationClosed(_logger, reason);
    }
}
