using Gateway.Caching;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Gateway.Subscriptions;

/// <summary>
/// Decides, through leases in Redis, which one instance holds each upstream topic that some instance's clients need:
/// every instance that wants a topic tries to take its lease (<c>SET NX PX</c>); the holder renews it every
/// <see cref="EventBusOptions.LeaseRenewInterval"/> and subscribes the topic upstream; when the holder dies its lease
/// runs out after <see cref="EventBusOptions.LeaseDuration"/> and another instance that wants the topic takes it over.
/// A lease that vanished (a Redis restart) is taken again by its holder without leaving the upstream topic; while
/// Redis does not answer, every instance keeps what it holds.
/// </summary>
public sealed class TopicLeaseCoordinator(
    RedisConnection redis,
    OrganizationCacheScope scope,
    IOptions<CacheOptions> cacheOptions,
    IOptions<EventBusOptions> options,
    TimeProvider time,
    ILogger<TopicLeaseCoordinator> logger) : BackgroundService
{
    // Extends or deletes a lease only while it is still ours.
    private const string ExtendIfOurs = "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('pexpire', KEYS[1], ARGV[2]) else return 0 end";
    private const string DeleteIfOurs = "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end";

    private readonly string _instanceId = Guid.NewGuid().ToString("N");
    private readonly Dictionary<string, TopicLease> _leases = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    /// <summary>The topics whose lease this instance holds now.</summary>
    public IReadOnlyList<string> HeldTopics
    {
        get
        {
            lock (_gate)
            {
                return [.. _leases.Values.Where(l => l.Holder is not null).Select(l => l.Topic)];
            }
        }
    }

    /// <summary>
    /// Wants <paramref name="topic"/>: makes one attempt at its lease now (so the first subscriber's upstream topic is
    /// subscribed at once) and keeps trying in the background. While this instance holds the lease, the handle
    /// <paramref name="becomeHolder"/> returned is kept; it is disposed when the lease is lost or released. Throws what
    /// <paramref name="becomeHolder"/> threw on the first attempt (the upstream refused the topic).
    /// </summary>
    public async Task<IAsyncDisposable> WantAsync(string topic, Func<CancellationToken, Task<IAsyncDisposable>> becomeHolder, CancellationToken cancellationToken)
    {
        TopicLease lease;
        lock (_gate)
        {
            if (!_leases.TryGetValue(topic, out lease!))
            {
                lease = new TopicLease(topic, becomeHolder);
                _leases[topic] = lease;
            }

            lease.References++;
        }

        var handle = new LeaseHandle(this, lease);
        try
        {
            await RoundAsync(lease, throwHolderFailure: true, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            await handle.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        return handle;
    }

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.LeaseRenewInterval, time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
            {
                TopicLease[] leases;
                lock (_gate)
                {
                    leases = [.. _leases.Values];
                }

                foreach (var lease in leases)
                {
                    await RoundAsync(lease, throwHolderFailure: false, stoppingToken).ConfigureAwait(false);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down: the leases run out by themselves and another instance takes them over.
        }
    }

    /// <summary>One attempt for one lease: renew it if ours, else take it if free; lose it if another instance has it.</summary>
    private async Task RoundAsync(TopicLease lease, bool throwHolderFailure, CancellationToken cancellationToken)
    {
        await lease.Gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (lease.Released)
            {
                return;
            }

            var database = (await redis.GetAsync().ConfigureAwait(false)).GetDatabase();
            var key = (RedisKey)await KeyOfAsync(lease.Topic, cancellationToken).ConfigureAwait(false);
            var duration = options.Value.LeaseDuration;
            bool ours;
            try
            {
                ours = lease.Holder is not null
                    && (long)await database.ScriptEvaluateAsync(ExtendIfOurs, [key], [_instanceId, (long)duration.TotalMilliseconds]).ConfigureAwait(false) == 1;

                // Free (never taken, its holder died, or Redis forgot it in a restart): take it.
                ours = ours || await database.StringSetAsync(key, _instanceId, duration, When.NotExists).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is RedisException or TimeoutException)
            {
                // Redis is away: nobody can tell who holds what, so everyone keeps what it has.
                SubscriptionsLog.LeaseRoundFailed(logger, ex);
                return;
            }

            if (ours && lease.Holder is null)
            {
                try
                {
                    lease.Holder = await lease.BecomeHolder(cancellationToken).ConfigureAwait(false);
                    SubscriptionsLog.LeaseTaken(logger, lease.Topic);
                }
                catch (Exception ex) when (!throwHolderFailure)
                {
                    SubscriptionsLog.HolderSubscribeFailed(logger, lease.Topic, ex);
                    await TryDeleteIfOursAsync(database, key).ConfigureAwait(false);
                }
                catch
                {
                    await TryDeleteIfOursAsync(database, key).ConfigureAwait(false);
                    throw;
                }
            }
            else if (!ours && lease.Holder is { } holder)
            {
                lease.Holder = null;
                SubscriptionsLog.LeaseLost(logger, lease.Topic);
                await holder.DisposeAsync().ConfigureAwait(false);
            }
        }
        finally
        {
            lease.Gate.Release();
        }
    }

    private async Task ReleaseAsync(TopicLease lease)
    {
        lock (_gate)
        {
            if (--lease.References > 0)
            {
                return;
            }

            _leases.Remove(lease.Topic);
        }

        await lease.Gate.WaitAsync().ConfigureAwait(false);
        try
        {
            lease.Released = true;
            if (lease.Holder is { } holder)
            {
                lease.Holder = null;
                await holder.DisposeAsync().ConfigureAwait(false);
                var database = (await redis.GetAsync().ConfigureAwait(false)).GetDatabase();
                await TryDeleteIfOursAsync(database, await KeyOfAsync(lease.Topic, CancellationToken.None).ConfigureAwait(false)).ConfigureAwait(false);
                SubscriptionsLog.LeaseLost(logger, lease.Topic);
            }
        }
        finally
        {
            lease.Gate.Release();
        }
    }

    private async Task TryDeleteIfOursAsync(IDatabase database, RedisKey key)
    {
        try
        {
            await database.ScriptEvaluateAsync(DeleteIfOurs, [key], [_instanceId]).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is RedisException or TimeoutException)
        {
            // It runs out by itself.
            SubscriptionsLog.LeaseRoundFailed(logger, ex);
        }
    }

    private async Task<string> KeyOfAsync(string topic, CancellationToken cancellationToken)
    {
        var organizationId = await scope.GetAsync(cancellationToken).ConfigureAwait(false);
        return $"{cacheOptions.Value.KeyPrefix}:{organizationId}:topic-lease:{topic}";
    }

    private sealed class TopicLease(string topic, Func<CancellationToken, Task<IAsyncDisposable>> becomeHolder)
    {
        public string Topic { get; } = topic;

        public Func<CancellationToken, Task<IAsyncDisposable>> BecomeHolder { get; } = becomeHolder;

        public SemaphoreSlim Gate { get; } = new(1, 1);

        /// <summary>Guarded by the coordinator's lock.</summary>
        public int References { get; set; }

        /// <summary>The upstream subscription while this instance holds the lease; guarded by <see cref="Gate"/>.</summary>
        public IAsyncDisposable? Holder { get; set; }

        public bool Released { get; set; }
    }

    private sealed class LeaseHandle(TopicLeaseCoordinator coordinator, TopicLease lease) : IAsyncDisposable
    {
        private int _disposed;

        public ValueTask DisposeAsync()
            => Interlocked.Exchange(ref _disposed, 1) == 0 ? new ValueTask(coordinator.ReleaseAsync(lease)) : ValueTask.CompletedTask;
    }
}
