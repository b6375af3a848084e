using System.Net;
using System.Net.WebSockets;
using System.Threading.Channels;
using Gateway.Upstream;
using ChannelModel = GenesysCloud.Models.Channel;
using ChannelTopicEntityListing = GenesysCloud.Models.ChannelTopicEntityListing;

namespace Gateway.Notifications;

/// <summary>
/// One channel slot: up to <see cref="NotificationsOptions.MaxTopicsPerChannel"/> topics, carried by one upstream
/// channel at a time and one socket at a time. A single loop owns the upstream side and runs one command after the
/// other, so topic changes, reconnects, renewal and closing never interleave: topic changes that arrive together
/// become one <c>PUT</c> of the whole set; a socket that ends is connected again (a channel gone upstream is replaced
/// by a new one given the same topics); before the channel expires it is subscribed again to extend it, or replaced
/// without a gap; with no topics left for <see cref="NotificationsOptions.IdleChannelGracePeriod"/> it is closed.
/// Subscribers' handles live in <see cref="UpstreamTopicSubscriptions"/> and never notice any of it.
/// </summary>
internal sealed class UpstreamChannel : IAsyncDisposable
{
    private const int RecentMessages = 1024;

    // What the upstream gives a channel when it names no expiry.
    private static readonly TimeSpan DefaultChannelLifetime = TimeSpan.FromHours(24);

    private readonly UpstreamTopicSubscriptions _owner;
    private readonly Func<IGenesysCloudClient> _client;
    private readonly INotificationSocketConnector _connector;
    private readonly NotificationsOptions _options;
    private readonly NotificationsMetrics _metrics;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly Channel<Command> _commands = Channel.CreateUnbounded<Command>(new UnboundedChannelOptions { SingleReader = true });
    private readonly CancellationTokenSource _stop = new();
    private readonly RecentMessageFilter _recent = new(RecentMessages);
    private readonly List<ITimer> _drainTimers = [];
    private readonly List<ChannelConnection> _draining = [];
    private Task _run = Task.CompletedTask;

    // Owned by the run loop.
    private ChannelModel? _channel;
    private ChannelConnection? _current;
    private DateTimeOffset _expires;
    private HashSet<string> _acknowledged = new(StringComparer.Ordinal);
    private int _failures;
    private bool _counted;
    private ITimer? _renewTimer;
    private ITimer? _idleTimer;
    private ITimer? _retryTimer;

    public UpstreamChannel(
        int ordinal,
        UpstreamTopicSubscriptions owner,
        Func<IGenesysCloudClient> client,
        INotificationSocketConnector connector,
        NotificationsOptions options,
        NotificationsMetrics metrics,
        TimeProvider time,
        ILogger logger)
    {
        Ordinal = ordinal;
        _owner = owner;
        _client = client;
        _connector = connector;
        _options = options;
        _metrics = metrics;
        _time = time;
        _logger = logger;
    }

    /// <summary>This slot's number in this process: what logs name it by (never the channel's id or URI).</summary>
    public int Ordinal { get; }

    /// <summary>The topics wanted on this channel; read and changed only under the subscriptions' lock.</summary>
    public HashSet<string> Topics { get; } = new(StringComparer.Ordinal);

    private IGenesysCloudClient Client => _client();

    public void Start() => _run = RunAsync();

    /// <summary>Asks the loop to bring the upstream's topic set in line with <see cref="Topics"/>.</summary>
    public void RequestSync() => Post(SyncCommand.Instance);

    public async ValueTask DisposeAsync()
    {
        _commands.Writer.TryComplete();
        await _stop.CancelAsync().ConfigureAwait(false);
        await _run.ConfigureAwait(false);
        _stop.Dispose();
    }

    /// <summary>One whole message read off one of this channel's sockets (called on that socket's receive loop).</summary>
    public void OnMessage(ChannelConnection connection, ReadOnlyMemory<byte> utf8Json)
    {
        var message = NotificationEnvelopeReader.Read(utf8Json, _time.GetUtcNow());
        switch (message.Kind)
        {
            case NotificationMessageKind.Event:
                // The same event on the old and the new socket while switching over is delivered once.
                if (!_recent.IsRepeat(utf8Json.Span))
                {
                    _metrics.EventReceived(message.TopicName!);
                    _owner.Dispatch(this, message.Notification!);
                }

                break;
            case NotificationMessageKind.SocketClosing:
                NotificationsLog.SocketClosingAnnounced(_logger, Ordinal);
                Post(new SocketClosingCommand(connection));
                break;
            case NotificationMessageKind.Unreadable:
                _metrics.UnreadableEvent(message.TopicName);
                NotificationsLog.UnreadableMessage(_logger, Ordinal, message.TopicName ?? NotificationsMetrics.UnknownTopicKind);
                break;
            default:
                // Heartbeats and pongs: the connection already noted that something arrived.
                break;
        }
    }

    public void OnOversizedMessage()
    {
        _metrics.UnreadableEvent(null);
        NotificationsLog.MessageTooLarge(_logger, Ordinal, _options.MaxMessageBytes);
    }

    public void OnSocketEnded(ChannelConnection connection, string reason)
    {
        NotificationsLog.SocketEnded(_logger, Ordinal, reason);
        Post(new SocketEndedCommand(connection, reason));
    }

    private void Post(Command command) => _commands.Writer.TryWrite(command);

    private async Task RunAsync()
    {
        var token = _stop.Token;
        try
        {
            while (await _commands.Reader.WaitToReadAsync(token).ConfigureAwait(false))
            {
                while (_commands.Reader.TryRead(out var command))
                {
                    try
                    {
                        if (!await HandleAsync(command, token).ConfigureAwait(false))
                        {
                            return;
                        }
                    }
                    catch (OperationCanceledException) when (token.IsCancellationRequested)
                    {
                        return;
                    }
                    catch (Exception exception)
                    {
                        NotificationsLog.ChannelLoopFailed(_logger, exception, Ordinal);
                    }
                }
            }
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
            // Shutting down.
        }
        finally
        {
            await ShutdownAsync().ConfigureAwait(false);
        }
    }

    /// <summary>Runs one command; false when the channel closed itself.</summary>
    private async Task<bool> HandleAsync(Command command, CancellationToken token)
    {
        switch (command)
        {
            case SyncCommand:
                if (_options.SubscriptionDebounce > TimeSpan.Zero)
                {
                    await Task.Delay(_options.SubscriptionDebounce, _time, token).ConfigureAwait(false);
                }

                // Whatever changed meanwhile is in the one snapshot the sync takes.
                while (_commands.Reader.TryPeek(out var next) && next is SyncCommand)
                {
                    _commands.Reader.TryRead(out _);
                }

                await SyncAsync(token).ConfigureAwait(false);
                return true;
            case SocketEndedCommand ended when ReferenceEquals(ended.Connection, _current):
                _failures = ended.Connection.ReceivedAny ? 0 : _failures + 1;
                await ReconnectAsync(ended.Reason, channelGone: false, token).ConfigureAwait(false);
                return true;
            case SocketClosingCommand closing when ReferenceEquals(closing.Connection, _current):
                // The announcing socket keeps delivering until its successor is connected.
                _failures = 0;
                await ReconnectAsync(ReconnectReason.SocketClosing, channelGone: false, token).ConfigureAwait(false);
                return true;
            case RenewCommand:
                await RenewAsync(token).ConfigureAwait(false);
                return true;
            case CloseReplacedCommand replaced:
                _draining.Remove(replaced.Connection);
                await replaced.Connection.DisposeAsync().ConfigureAwait(false);
                return true;
            case IdleCheckCommand:
                return !await TryCloseIdleAsync(token).ConfigureAwait(false);
            default:
                // A socket that is no longer the current one ended: nothing to do.
                return true;
        }
    }

    private async Task SyncAsync(CancellationToken token)
    {
        var snapshot = _owner.Snapshot(this);
        if (_current is null || _channel is null)
        {
            if (snapshot.Topics.Length > 0)
            {
                await OpenAsync(snapshot, token).ConfigureAwait(false);
            }

            ScheduleIdleCheckIfEmpty();
            return;
        }

        if (_acknowledged.SetEquals(snapshot.Topics))
        {
            _owner.Confirm(this, snapshot.Pending, _acknowledged);
            ScheduleIdleCheckIfEmpty();
            return;
        }

        ChannelTopicEntityListing? answer;
        try
        {
            answer = await Client.ReplaceNotificationSubscriptionsAsync(_channel.Id, snapshot.Topics, token).ConfigureAwait(false);
        }
        catch (GenesysApiException exception)
        {
            NotificationsLog.SubscriptionFailed(_logger, Ordinal, snapshot.Topics.Length, (int)exception.StatusCode, exception.ErrorCode);
            _owner.Fail(snapshot.Pending, exception);

            // The upstream may still hold topics released since: try again later.
            ScheduleRetry();
            return;
        }

        if (answer is null)
        {
            await ReconnectAsync(ReconnectReason.ChannelGone, channelGone: true, token).ConfigureAwait(false);
        }
        else
        {
            _acknowledged = _owner.Apply(this, snapshot, answer);
        }

        ScheduleIdleCheckIfEmpty();
    }

    /// <summary>The first channel of this slot: its topics wait for it, and fail with it.</summary>
    private async Task OpenAsync(TopicSnapshot snapshot, CancellationToken token)
    {
        try
        {
            await SwitchToNewChannelAsync(token).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is GenesysApiException || IsConnectFailure(exception, token))
        {
            NotificationsLog.OpenFailed(_logger, Ordinal, Describe(exception), snapshot.Pending.Length);
            var failure = exception as GenesysApiException
                ?? new GenesysApiException(HttpStatusCode.ServiceUnavailable, UpstreamFailures.Unreachable);
            _owner.Fail(_owner.Snapshot(this).Pending, failure);
        }
    }

    /// <summary>
    /// Creates a channel, connects its socket and subscribes this slot's topics on it, then makes it the current one.
    /// Answers the connection it replaced (the caller closes it), if any.
    /// </summary>
    private async Task<ChannelConnection?> SwitchToNewChannelAsync(CancellationToken token)
    {
        var channel = await Client.CreateNotificationChannelAsync(token).ConfigureAwait(false);

        // Connected before subscribing, so no event published after the PUT is missed.
        var connection = await ConnectAsync(channel, token).ConfigureAwait(false);
        var snapshot = _owner.Snapshot(this);
        ChannelTopicEntityListing? answer;
        try
        {
            answer = await Client.ReplaceNotificationSubscriptionsAsync(channel.Id, snapshot.Topics, token).ConfigureAwait(false)
                ?? throw new GenesysApiException(HttpStatusCode.NotFound, "not.found");
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        var previous = _current;
        _channel = channel;
        _current = connection;
        _acknowledged = _owner.Apply(this, snapshot, answer);
        SetExpiry(channel.Expires);
        if (!_counted)
        {
            _counted = true;
            _metrics.ChannelsChanged(1);
        }

        NotificationsLog.ChannelOpened(_logger, Ordinal, _expires);
        return previous;
    }

    private async Task<ChannelConnection> ConnectAsync(ChannelModel channel, CancellationToken token)
    {
        using var timeout = new CancellationTokenSource(_options.ConnectTimeout, _time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(token, timeout.Token);
        var socket = await _connector.ConnectAsync(new Uri(channel.ConnectUri!, UriKind.Absolute), linked.Token).ConfigureAwait(false);
        var connection = new ChannelConnection(this, channel.Id, socket, _options, _time, _logger);
        connection.Start();
        try
        {
            await connection.WaitUntilAttachedAsync(linked.Token).ConfigureAwait(false);
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        NotificationsLog.SocketConnected(_logger, Ordinal);
        return connection;
    }

    /// <summary>
    /// Connects the channel's socket again, at once after a connection that worked, then with bounded exponential
    /// backoff; when it cannot connect and the channel is gone upstream (or <paramref name="channelGone"/>), a new
    /// channel takes over the topics. The old socket is closed once the new one is in place.
    /// </summary>
    private async Task ReconnectAsync(string reason, bool channelGone, CancellationToken token)
    {
        _metrics.Reconnected(reason);
        var old = _current;
        var attempt = 0;
        while (true)
        {
            var delay = ReconnectBackoff.Delay(_failures, _options.ReconnectBaseDelay, _options.ReconnectMaxDelay, Random.Shared.NextDouble());
            attempt++;
            NotificationsLog.Reconnecting(_logger, Ordinal, reason, attempt, (long)delay.TotalMilliseconds);
            if (delay > TimeSpan.Zero)
            {
                await Task.Delay(delay, _time, token).ConfigureAwait(false);
            }

            if (!channelGone)
            {
                try
                {
                    _current = await ConnectAsync(_channel!, token).ConfigureAwait(false);
                    break;
                }
                catch (Exception exception) when (IsConnectFailure(exception, token))
                {
                    _failures++;
                    NotificationsLog.ConnectFailed(_logger, Ordinal, attempt, Describe(exception));
                }

                try
                {
                    channelGone = !await Client.NotificationChannelExistsAsync(_channel!.Id, token).ConfigureAwait(false);
                }
                catch (GenesysApiException)
                {
                    // Cannot tell: try the same channel again.
                    continue;
                }

                if (!channelGone)
                {
                    continue;
                }
            }

            NotificationsLog.ChannelGone(_logger, Ordinal, _acknowledged.Count);
            if (reason != ReconnectReason.ChannelGone)
            {
                _metrics.Reconnected(ReconnectReason.ChannelGone);
            }

            try
            {
                await SwitchToNewChannelAsync(token).ConfigureAwait(false);
                break;
            }
            catch (Exception exception) when (exception is GenesysApiException || IsConnectFailure(exception, token))
            {
                _failures++;
                NotificationsLog.ConnectFailed(_logger, Ordinal, attempt, Describe(exception));
            }
        }

        if (old is not null && !ReferenceEquals(old, _current))
        {
            await old.DisposeAsync().ConfigureAwait(false);
        }
    }

    /// <summary>Before the channel expires: subscribe again (which extends it); if its expiry did not move, replace it.</summary>
    private async Task RenewAsync(CancellationToken token)
    {
        if (_channel is null || _current is null)
        {
            return;
        }

        try
        {
            var snapshot = _owner.Snapshot(this);
            var answer = await Client.ReplaceNotificationSubscriptionsAsync(_channel.Id, snapshot.Topics, token).ConfigureAwait(false);
            if (answer is null)
            {
                await ReconnectAsync(ReconnectReason.ChannelGone, channelGone: true, token).ConfigureAwait(false);
                return;
            }

            _acknowledged = _owner.Apply(this, snapshot, answer);
            if (await ReadExpiryAsync(_channel.Id, token).ConfigureAwait(false) is { } extended && extended > _expires)
            {
                SetExpiry(extended);
                NotificationsLog.ChannelExtended(_logger, Ordinal, extended);
                return;
            }

            var previous = await SwitchToNewChannelAsync(token).ConfigureAwait(false);
            _metrics.Reconnected(ReconnectReason.Expiring);
            NotificationsLog.ChannelReplaced(_logger, Ordinal, ReconnectReason.Expiring);
            CloseAfterDrain(previous);
        }
        catch (Exception exception) when (exception is GenesysApiException || IsConnectFailure(exception, token))
        {
            NotificationsLog.RenewalFailed(_logger, Ordinal, Describe(exception));
            var remaining = _expires - _time.GetUtcNow();
            var retry = TimeSpan.FromTicks(Math.Clamp(remaining.Ticks / 4, _options.ReconnectBaseDelay.Ticks, Math.Max(_options.ReconnectMaxDelay.Ticks, _options.ReconnectBaseDelay.Ticks)));
            ResetTimer(ref _renewTimer, retry, RenewCommand.Instance);
        }
    }

    /// <summary>The channel's expiry as the upstream lists it now; null when it cannot tell.</summary>
    private async Task<DateTimeOffset?> ReadExpiryAsync(string channelId, CancellationToken token)
    {
        try
        {
            var channels = await Client.GetNotificationChannelsAsync(token).ConfigureAwait(false);
            return channels.FirstOrDefault(channel => string.Equals(channel.Id, channelId, StringComparison.Ordinal))?.Expires;
        }
        catch (GenesysApiException)
        {
            return null;
        }
    }

    private async Task<bool> TryCloseIdleAsync(CancellationToken token)
    {
        if (!_owner.TryRetire(this))
        {
            return false;
        }

        if (_channel is not null)
        {
            try
            {
                // Stops the upstream publishing to a channel nobody reads; it then expires on its own.
                await Client.ReplaceNotificationSubscriptionsAsync(_channel.Id, [], token).ConfigureAwait(false);
            }
            catch (GenesysApiException)
            {
                // Best effort.
            }

            NotificationsLog.ChannelClosed(_logger, Ordinal);
        }

        return true;
    }

    private async Task ShutdownAsync()
    {
        _commands.Writer.TryComplete();
        _renewTimer?.Dispose();
        _idleTimer?.Dispose();
        _retryTimer?.Dispose();
        foreach (var timer in _drainTimers)
        {
            timer.Dispose();
        }

        foreach (var connection in _draining)
        {
            await connection.DisposeAsync().ConfigureAwait(false);
        }

        if (_current is not null)
        {
            await _current.DisposeAsync().ConfigureAwait(false);
            _current = null;
        }

        if (_counted)
        {
            _counted = false;
            _metrics.ChannelsChanged(-1);
        }
    }

    private void SetExpiry(DateTimeOffset? expires)
    {
        var now = _time.GetUtcNow();
        _expires = expires ?? now + DefaultChannelLifetime;
        var remaining = _expires - now;

        // Renew RenewBeforeExpiry ahead; a channel shorter-lived than that is renewed at half its remaining life.
        var due = remaining - _options.RenewBeforeExpiry;
        if (due < remaining / 2)
        {
            due = remaining / 2;
        }

        ResetTimer(ref _renewTimer, due, RenewCommand.Instance);
    }

    private void ScheduleIdleCheckIfEmpty()
    {
        if (!_owner.HasTopics(this))
        {
            ResetTimer(ref _idleTimer, _options.IdleChannelGracePeriod, IdleCheckCommand.Instance);
        }
    }

    private void ScheduleRetry() => ResetTimer(ref _retryTimer, _options.ReconnectMaxDelay, SyncCommand.Instance);

    private void CloseAfterDrain(ChannelConnection? previous)
    {
        if (previous is null)
        {
            return;
        }

        _draining.Add(previous);
        _drainTimers.Add(_time.CreateTimer(static state =>
        {
            var (channel, connection) = ((UpstreamChannel, ChannelConnection))state!;
            channel.Post(new CloseReplacedCommand(connection));
        }, (this, previous), _options.ReplacedChannelDrainPeriod, Timeout.InfiniteTimeSpan));
    }

    private void ResetTimer(ref ITimer? timer, TimeSpan due, Command command)
    {
        timer?.Dispose();
        timer = _time.CreateTimer(static state =>
        {
            var (channel, command) = ((UpstreamChannel, Command))state!;
            channel.Post(command);
        }, (this, command), due > TimeSpan.Zero ? due : TimeSpan.Zero, Timeout.InfiniteTimeSpan);
    }

    private static bool IsConnectFailure(Exception exception, CancellationToken token)
        => exception is WebSocketException or HttpRequestException or IOException
           || (exception is OperationCanceledException && !token.IsCancellationRequested);

    /// <summary>What went wrong, without a message: a socket's or an HTTP client's message names the host and the URI.</summary>
    private static string Describe(Exception exception) => exception switch
    {
        GenesysApiException api => $"{(int)api.StatusCode} {api.ErrorCode}",
        WebSocketException socket => $"{nameof(WebSocketException)} {socket.WebSocketErrorCode}",
        OperationCanceledException => "timeout",
        _ => exception.GetType().Name,
    };

    private abstract record Command;

    private sealed record SyncCommand : Command
    {
        public static readonly SyncCommand Instance = new();
    }

    private sealed record RenewCommand : Command
    {
        public static readonly RenewCommand Instance = new();
    }

    private sealed record IdleCheckCommand : Command
    {
        public static readonly IdleCheckCommand Instance = new();
    }

    private sealed record SocketEndedCommand(ChannelConnection Connection, string Reason) : Command;

    private sealed record SocketClosingCommand(ChannelConnection Connection) : Command;

    private sealed record CloseReplacedCommand(ChannelConnection Connection) : Command;
}
