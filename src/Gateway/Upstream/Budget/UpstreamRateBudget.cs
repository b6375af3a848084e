using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using System.Threading.RateLimiting;
using Gateway.Caching;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RedisRateLimiting;
using StackExchange.Redis;

namespace Gateway.Upstream.Budget;

/// <summary>
/// The organization's upstream request budget, shared by every gateway instance through Redis when it is configured
/// (a sliding one-minute log, <c>RedisRateLimiting</c>), local to the process otherwise. A call that finds the budget
/// spent waits in a bounded queue until a permit frees up or its deadline passes, and is then refused with
/// <see cref="UpstreamFailures.RateBudgetExhausted"/>; it never reaches the upstream to be answered 429.
/// </summary>
public sealed class UpstreamRateBudget : IAsyncDisposable
{
    // A permit is counted for 61 s rather than 60: a sliding window of a whole minute whose clock (Unix seconds in the Redis
    // store, one-second segments locally) rounds by up to a second still holds every permit for at least a minute, so no
    // 60 s window of the upstream's ever sees more than the budget.
    internal static readonly TimeSpan Window = TimeSpan.FromSeconds(61);

    // The head of the queue asks again this often: a permit frees up when the oldest one leaves the window.
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(100);

    // After Redis failed, the local fallback serves this long before Redis is asked again.
    private static readonly TimeSpan RedisRestPeriod = TimeSpan.FromSeconds(5);

    private const string RedisStore = "redis";
    private const string LocalStore = "local";
    private const string FallbackStore = "fallback";

    private readonly UpstreamRateBudgetOptions _options;
    private readonly RedisConnection? _redis;
    private readonly UpstreamBudgetMetrics _metrics;
    private readonly TimeProvider _time;
    private readonly ILogger<UpstreamRateBudget> _logger;
    private readonly string _partitionKey;
    private readonly SlidingWindowRateLimiter? _local;
    private readonly SemaphoreSlim _head = new(1, 1);
    private readonly SemaphoreSlim _sharedCreation = new(1, 1);
    private RateLimiter? _shared;
    private int _queued;
    private long _redisRestingUntil;
    private int _onFallback;

    public UpstreamRateBudget(
        IOptions<UpstreamRateBudgetOptions> options,
        IOptions<GenesysOptions> genesys,
        UpstreamBudgetMetrics metrics,
        TimeProvider time,
        ILogger<UpstreamRateBudget> logger,
        RedisConnection? redis = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(genesys);
        _options = options.Value;
        _metrics = metrics;
        _time = time;
        _logger = logger;
        _redis = redis;
        IsEnabled = (_options.Enabled ?? !genesys.Value.UsesEmbeddedSimulator) && _options.RequestsPerMinute > 0;
        _partitionKey = PartitionKey(genesys.Value.ClientId);
        if (IsEnabled)
        {
            // Without Redis the whole budget is this process's; with Redis this is the fallback for when it is unreachable.
            LocalPermitsPerMinute = redis is null ? _options.RequestsPerMinute : Math.Max(1, _options.RequestsPerMinute / _options.FallbackInstanceCount);
            _local = new SlidingWindowRateLimiter(new SlidingWindowRateLimiterOptions
            {
                PermitLimit = LocalPermitsPerMinute,
                Window = Window,
                SegmentsPerWindow = (int)Window.TotalSeconds,
                QueueLimit = 0,
                AutoReplenishment = true,
            });
        }
    }

    /// <summary>False when the budget is off (<c>Enabled=false</c>, <c>RequestsPerMinute=0</c>, or the embedded simulator's default).</summary>
    public bool IsEnabled { get; }

    /// <summary>True when the budget is shared through Redis.</summary>
    public bool IsShared => _redis is not null;

    /// <summary>Permits a minute of the local limiter: the budget without Redis, the fallback's share with it.</summary>
    public int LocalPermitsPerMinute { get; }

    /// <summary>
    /// Takes one permit, waiting for it until <paramref name="cancellationToken"/> fires; throws a
    /// <see cref="GenesysApiException"/> with <see cref="UpstreamFailures.RateBudgetExhausted"/> when none came in time
    /// or the queue is full.
    /// </summary>
    public async ValueTask AcquireAsync(CancellationToken cancellationToken)
    {
        if (!IsEnabled)
        {
            return;
        }

        // Nobody waiting: ask once without queueing.
        if (Volatile.Read(ref _queued) == 0 && await TryTakeAsync(cancellationToken).ConfigureAwait(false))
        {
            return;
        }

        if (Interlocked.Increment(ref _queued) > _options.QueueLimit)
        {
            Interlocked.Decrement(ref _queued);
            _metrics.Refused("queue.full");
            UpstreamLog.BudgetQueueFull(_logger, _options.QueueLimit);
            throw GenesysApiException.RateBudgetExhausted();
        }

        _metrics.QueueChanged(1);
        var started = _time.GetTimestamp();
        try
        {
            // One waiter at a time asks the store, the others queue behind it: a spent budget costs each instance one
            // store round trip per poll, not one per waiting call.
            await _head.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                while (!await TryTakeAsync(cancellationToken).ConfigureAwait(false))
                {
                    await Task.Delay(PollInterval, _time, cancellationToken).ConfigureAwait(false);
                }
            }
            finally
            {
                _head.Release();
            }

            _metrics.Waited(_time.GetElapsedTime(started));
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            _metrics.Waited(_time.GetElapsedTime(started));
            _metrics.Refused("deadline");
            UpstreamLog.BudgetDeadlinePassed(_logger, (long)_time.GetElapsedTime(started).TotalMilliseconds);
            throw GenesysApiException.RateBudgetExhausted();
        }
        finally
        {
            Interlocked.Decrement(ref _queued);
            _metrics.QueueChanged(-1);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_shared is not null)
        {
            await _shared.DisposeAsync().ConfigureAwait(false);
        }

        if (_local is not null)
        {
            await _local.DisposeAsync().ConfigureAwait(false);
        }

        _head.Dispose();
        _sharedCreation.Dispose();
    }

    private async ValueTask<bool> TryTakeAsync(CancellationToken cancellationToken)
    {
        if (_redis is not null && _time.GetTimestamp() >= Volatile.Read(ref _redisRestingUntil))
        {
            try
            {
                if (await SharedAsync(cancellationToken).ConfigureAwait(false) is { } shared)
                {
                    using var lease = await shared.AcquireAsync(1, cancellationToken).ConfigureAwait(false);
                    if (Interlocked.Exchange(ref _onFallback, 0) == 1)
                    {
                        UpstreamLog.BudgetRedisBack(_logger);
                    }

                    return Took(lease, RedisStore);
                }

                RestRedis("not connected");
            }
            catch (Exception exception) when (exception is RedisException or TimeoutException)
            {
                RestRedis(exception.GetType().Name);
            }
        }

        using var local = _local!.AttemptAcquire(1);
        return Took(local, _redis is null ? LocalStore : FallbackStore);
    }

    // Never fail a call because Redis is down: the local limiter serves until Redis is asked again.
    private void RestRedis(string error)
    {
        Volatile.Write(ref _redisRestingUntil, _time.GetTimestamp() + (long)(RedisRestPeriod.TotalSeconds * _time.TimestampFrequency));
        if (Interlocked.Exchange(ref _onFallback, 1) == 0)
        {
            UpstreamLog.BudgetRedisUnavailable(_logger, LocalPermitsPerMinute, error);
        }
    }

    private bool Took(RateLimitLease lease, string store)
    {
        if (lease.IsAcquired)
        {
            _metrics.PermitTaken(store);
        }

        return lease.IsAcquired;
    }

    // The package's limiter asks its multiplexer in the constructor: it is built once the connection exists, and a
    // multiplexer that is not connected is treated as Redis being down (its commands would wait out their timeout).
    private async ValueTask<RateLimiter?> SharedAsync(CancellationToken cancellationToken)
    {
        var multiplexer = await _redis!.GetAsync().WaitAsync(cancellationToken).ConfigureAwait(false);
        if (!multiplexer.IsConnected)
        {
            return null;
        }

        if (_shared is { } shared)
        {
            return shared;
        }

        await _sharedCreation.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return _shared ??= new RedisSlidingWindowRateLimiter<string>(_partitionKey, new RedisSlidingWindowRateLimiterOptions
            {
                PermitLimit = _options.RequestsPerMinute,
                Window = Window,
                ConnectionMultiplexerFactory = () => multiplexer,
            });
        }
        finally
        {
            _sharedCreation.Release();
        }
    }

    // Instances with the same OAuth client share one budget; the key names a hash of the client id, not the id itself.
    private static string PartitionKey(string? clientId)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(clientId ?? ""));
        return "gw:budget:" + Convert.ToHexStringLower(hash.AsSpan(0, 8));
    }
}
