using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using Gateway.Bench.Processes;

namespace Gateway.Bench.Subscriptions;

/// <summary>
/// The subscription benchmark: one simulator (its Notifications API, no scheduled changes), one gateway pointed at it,
/// then <c>--subscriptions</c> graphql-transport-ws subscriptions over <c>--per-socket</c> per socket, a warm-up
/// (a change of every watched contact and conversation until every subscription has received once), a steady phase of
/// <c>--events-per-second</c> changes for <c>--duration</c> seconds, and a bounded drain of what they owe.
/// </summary>
internal sealed class SubscriptionBenchmarkRun(SubscriptionBenchOptions options, RepositoryLayout layout, ChildProcessRegistry registry)
{
    public const string WarmUpPhase = "warm-up";
    public const string SteadyPhase = "steady";

    private const int OpenConcurrency = 16;
    private const int WarmUpConcurrency = 16;
    private const int WarmUpRounds = 5;
    private const int MaxTriggersInFlight = 64;
    private static readonly TimeSpan ConnectTimeout = TimeSpan.FromSeconds(15);
    private static readonly TimeSpan WarmUpRoundTimeout = TimeSpan.FromSeconds(3);
    private static readonly TimeSpan DuplicateGrace = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan ResidentSampleInterval = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan UpstreamTopicsTimeout = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(100);

    private readonly ConcurrentQueue<TriggeredChange> _changes = new();
    private readonly List<double?> _residentSamples = [];

    public async Task<SubscriptionReport> RunAsync(CancellationToken cancellationToken)
    {
        var plan = SubscriptionPlan.Create(options);
        var report = new SubscriptionReport(options, plan);
        NotePlan(plan, report);

        // Only the benchmark's changes: the simulator's scheduled random ones would be deliveries nobody triggered.
        var simulatorSettings = new Dictionary<string, string> { ["Simulator__Notifications__EventIntervalMilliseconds"] = "0" };
        await using var simulator = await SimulatorHost.StartAsync(layout, options.UpstreamLatencyMilliseconds, registry, cancellationToken, simulatorSettings)
            .ConfigureAwait(false);
        await using var gateway = await GatewayHost.StartAsync("gateway", layout, simulator, redis: null, maxConnections: 4, registry, cancellationToken)
            .ConfigureAwait(false);

        var ledger = new DeliveryLedger(plan);
        using var addresses = new LoopbackClientAddresses();
        using var trigger = new ChangeTrigger(simulator.BaseUrl, MaxTriggersInFlight);
        var clients = new ConcurrentBag<GraphQLWsClient>();
        try
        {
            var opening = Stopwatch.StartNew();
            await OpenAsync(plan, gateway, ledger, addresses, clients, cancellationToken).ConfigureAwait(false);
            report.ClientAddresses = addresses.Count;
            await Console.Error.WriteLineAsync(
                $"bench: subscribed         {plan.Targets.Count} subscriptions on {clients.Count} sockets from {addresses.Count} client addresses in {opening.Elapsed.TotalSeconds:0.0} s")
                .ConfigureAwait(false);

            await WaitForUpstreamTopicsAsync(plan, simulator, report, cancellationToken).ConfigureAwait(false);
            var subscribedRss = gateway.Process.ResidentMegabytes();
            var warmUp = await WarmUpAsync(plan, ledger, trigger, subscribedRss, gateway, report, cancellationToken).ConfigureAwait(false);
            report.Add(warmUp);
            Progress(warmUp);

            await simulator.ResetNotificationCountsAsync(cancellationToken).ConfigureAwait(false);
            var steady = await SteadyAsync(plan, ledger, trigger, warmUp.ResidentMegabytesAtEnd, gateway, cancellationToken).ConfigureAwait(false);
            report.Add(steady);
            var upstream = (await simulator.ReadNotificationChannelsAsync(cancellationToken).ConfigureAwait(false)).Counts;
            report.Note(
                $"steady, upstream: the simulator published {upstream.EventsPublished} events (one per change and topic), sent {upstream.EventsDelivered} "
                + $"to the gateway's notification sockets and dropped {upstream.EventsDropped}.");
            if (upstream.EventsDropped > 0)
            {
                report.Note("The simulator dropped events (a full send queue or a silenced socket): deliveries lost upstream, before the gateway.");
            }
            Progress(steady);
            report.PeakResidentMegabytes = gateway.Process.PeakResidentMegabytes();
            report.Note(
                $"gateway RSS during the steady phase, every {ResidentSampleInterval.TotalSeconds:0} s and at its last change: "
                + string.Join(", ", _residentSamples.Select(m => m?.ToString("0", CultureInfo.InvariantCulture) ?? "n/a")) + " MB.");

            Judge(plan, ledger, clients, steady, report);
            foreach (var process in new[] { simulator.Process, gateway.Process }.Where(p => p.HasExited))
            {
                report.Fail($"{process.Name} exited during the run; its last output:\n{process.RecentOutput()}");
            }
        }
        finally
        {
            await Task.WhenAll(clients.Select(c => c.CloseAsync(TimeSpan.FromSeconds(5)))).ConfigureAwait(false);
            foreach (var client in clients)
            {
                await client.DisposeAsync().ConfigureAwait(false);
            }
        }

        foreach (var process in new[] { gateway.Process })
        {
            if (process.ProblemCount > 0)
            {
                report.Note($"{process.Name} logged {process.ProblemCount} warning(s) or error(s): {string.Join(" | ", process.DescribeProblems())}");
            }
        }

        return report;

        void Progress(SubscriptionPhaseResult phase) => Console.Error.WriteLine(
            $"bench: {phase.Phase,-18} {phase.Triggered} changes, {phase.All.Received}/{phase.All.Expected} deliveries, {phase.All.Lost} lost, {phase.All.Duplicates} duplicates");
    }

    private void NotePlan(SubscriptionPlan plan, SubscriptionReport report)
    {
        var contacts = plan.WatchedContacts.Count;
        var conversations = plan.WatchedConversations.Count;
        report.Note(string.Create(
            CultureInfo.InvariantCulture,
            $"{plan.Targets.Count(t => t.Kind == SubscriptionKind.ContactSessions)} sessionsUpdatedForExternalContact subscriptions on {contacts} contacts, "
            + $"{plan.Targets.Count(t => t.Kind == SubscriptionKind.CobrowseSession)} cobrowseSessionUpdated on {conversations} live co-browse conversations "
            + $"({plan.WatchedConversations.Sum(c => c.CobrowseSessions)} co-browse sessions: each transition owes one delivery per co-browse session)."));
        var contactSubscriptions = (options.Subscriptions + 1) / 2;
        var cobrowseSubscriptions = options.Subscriptions / 2;
        if (contacts * options.PerEntity < contactSubscriptions || conversations * options.PerEntity < cobrowseSubscriptions)
        {
            report.Note(string.Create(
                CultureInfo.InvariantCulture,
                $"The simulator's data has fewer live contacts or co-browse conversations than --per-entity {options.PerEntity} asks for: "
                + $"up to {Ceiling(contactSubscriptions, contacts)} subscriptions share a contact, up to {Ceiling(cobrowseSubscriptions, conversations)} a conversation."));
        }
    }

    /// <summary>
    /// Waits until the gateway's channels at the simulator hold every topic the subscriptions need (the gateway subscribes
    /// upstream as each subscription starts); bounded, then the warm-up covers what is left.
    /// </summary>
    private static int Ceiling(int count, int per) => per == 0 ? 0 : (count + per - 1) / per;

    private static async Task WaitForUpstreamTopicsAsync(SubscriptionPlan plan, SimulatorHost simulator, SubscriptionReport report, CancellationToken cancellationToken)
    {
        var wanted = plan.WatchedContacts.Select(c => c.Topic)
            .Concat(plan.WatchedConversations.SelectMany(c => c.Topics))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        var clock = Stopwatch.StartNew();
        var missing = wanted.Count;
        while (clock.Elapsed < UpstreamTopicsTimeout)
        {
            var channels = await simulator.ReadNotificationChannelsAsync(cancellationToken).ConfigureAwait(false);
            var subscribed = channels.Channels.Where(c => c.SocketOpen).SelectMany(c => c.Topics).ToHashSet(StringComparer.OrdinalIgnoreCase);
            missing = wanted.Count(t => !subscribed.Contains(t));
            if (missing == 0)
            {
                await Console.Error.WriteLineAsync($"bench: upstream topics     {wanted.Count} subscribed at the simulator after {clock.Elapsed.TotalSeconds:0.0} s").ConfigureAwait(false);
                return;
            }

            await Task.Delay(PollInterval, cancellationToken).ConfigureAwait(false);
        }

        report.Note($"{missing} of {wanted.Count} upstream topics were not subscribed at the simulator after {UpstreamTopicsTimeout.TotalSeconds:0} s.");
    }

    private static async Task OpenAsync(
        SubscriptionPlan plan, GatewayHost gateway, DeliveryLedger ledger, LoopbackClientAddresses addresses, ConcurrentBag<GraphQLWsClient> clients,
        CancellationToken cancellationToken)
    {
        var endpoint = new UriBuilder(gateway.GraphQLEndpoint) { Scheme = "ws" }.Uri;
        await Parallel.ForEachAsync(
            Enumerable.Range(0, plan.Sockets.Count),
            new ParallelOptions { MaxDegreeOfParallelism = OpenConcurrency, CancellationToken = cancellationToken },
            async (socketIndex, token) =>
            {
                var targets = plan.Sockets[socketIndex].ToDictionary(t => t.Index.ToString(CultureInfo.InvariantCulture), StringComparer.Ordinal);
                var client = await GraphQLWsClient.ConnectAsync(
                    endpoint,
                    addresses.For(socketIndex),
                    $"socket {socketIndex}",
                    (id, payload, receivedAt) =>
                    {
                        if (targets.TryGetValue(id, out var target))
                        {
                            ledger.Record(target, payload, receivedAt);
                        }
                    },
                    ConnectTimeout,
                    token).ConfigureAwait(false);
                clients.Add(client);
                foreach (var (id, target) in targets)
                {
                    await client.SubscribeAsync(id, target.Payload, token).ConfigureAwait(false);
                }
            }).ConfigureAwait(false);
    }

    /// <summary>
    /// One change of every watched contact and conversation, again for those whose subscriptions have not all received
    /// one yet: graphql-transport-ws does not acknowledge a <c>subscribe</c>, so this is how the runner knows every
    /// stream is open upstream before it measures. Also warms the gateway's event path and the simulator's change routes.
    /// </summary>
    private async Task<SubscriptionPhaseResult> WarmUpAsync(
        SubscriptionPlan plan, DeliveryLedger ledger, ChangeTrigger trigger, double? startRss, GatewayHost gateway, SubscriptionReport report,
        CancellationToken cancellationToken)
    {
        var started = DateTimeOffset.UtcNow;
        var clock = Stopwatch.StartNew();
        var contacts = plan.WatchedContacts;
        var conversations = plan.WatchedConversations;
        var pendingContacts = contacts.ToList();
        var pendingConversations = conversations.ToList();
        for (var round = 0; round < WarmUpRounds && (pendingContacts.Count > 0 || pendingConversations.Count > 0); round++)
        {
            var work = pendingContacts.Select(c => (Func<CancellationToken, Task<TriggeredChange>>)(token =>
                    trigger.UpdateSessionAsync(WarmUpPhase, c.ContactId, c.LiveSessionIds[round % c.LiveSessionIds.Count], token)))
                .Concat(pendingConversations.Select(c => (Func<CancellationToken, Task<TriggeredChange>>)(token =>
                    trigger.TransitionCobrowseAsync(WarmUpPhase, c.ConversationId, token))));
            await Parallel.ForEachAsync(
                work,
                new ParallelOptions { MaxDegreeOfParallelism = WarmUpConcurrency, CancellationToken = cancellationToken },
                async (send, token) => _changes.Enqueue(await send(token).ConfigureAwait(false))).ConfigureAwait(false);

            var deadline = Stopwatch.StartNew();
            do
            {
                await Task.Delay(PollInterval, cancellationToken).ConfigureAwait(false);
                pendingContacts = [.. pendingContacts.Where(c => !AllReceived(plan, ledger, SubscriptionKind.ContactSessions, c.ContactId))];
                pendingConversations = [.. pendingConversations.Where(c => !AllReceived(plan, ledger, SubscriptionKind.CobrowseSession, c.ConversationId))];
            }
            while ((pendingContacts.Count > 0 || pendingConversations.Count > 0) && deadline.Elapsed < WarmUpRoundTimeout);
        }

        var notReady = plan.Targets.Count(t => !ledger.HasReceived(t.Index));
        if (notReady > 0)
        {
            report.Note($"warm-up: {notReady} subscriptions received nothing after {WarmUpRounds} rounds of changes.");
        }

        var triggerElapsed = clock.Elapsed;
        return Measure(plan, ledger, WarmUpPhase, started, triggerElapsed, startRss, gateway);
    }

    /// <summary>
    /// <c>--events-per-second</c> changes for <c>--duration</c> seconds, on a fixed schedule (open loop: a slow answer
    /// does not delay the next change), alternating a session event of a watched contact and a co-browse transition of
    /// a watched conversation, each entity in turn; then waits for the deliveries they owe, at most <c>--drain-timeout</c>.
    /// </summary>
    private async Task<SubscriptionPhaseResult> SteadyAsync(
        SubscriptionPlan plan, DeliveryLedger ledger, ChangeTrigger trigger, double? startRss, GatewayHost gateway, CancellationToken cancellationToken)
    {
        var contacts = plan.WatchedContacts;
        var conversations = plan.WatchedConversations;
        var total = (int)Math.Round(options.EventsPerSecond * options.Duration.TotalSeconds);
        var interval = TimeSpan.FromSeconds(1.0 / options.EventsPerSecond);
        var inFlight = new ConcurrentDictionary<string, byte>(StringComparer.OrdinalIgnoreCase);
        using var slots = new SemaphoreSlim(MaxTriggersInFlight);
        var sends = new List<Task>(total);
        var nextContact = 0;
        var nextConversation = 0;
        var sessionTurn = new int[contacts.Count];

        var started = DateTimeOffset.UtcNow;
        var clock = Stopwatch.StartNew();
        var nextSample = TimeSpan.Zero;
        for (var i = 0; i < total; i++)
        {
            if (clock.Elapsed >= nextSample)
            {
                _residentSamples.Add(gateway.Process.ResidentMegabytes());
                nextSample += ResidentSampleInterval;
            }

            var wait = (interval * i) - clock.Elapsed;
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, cancellationToken).ConfigureAwait(false);
            }

            await slots.WaitAsync(cancellationToken).ConfigureAwait(false);
            var conversation = (i % 2 == 1 || contacts.Count == 0) ? NextIdle(conversations, ref nextConversation, inFlight) : null;
            Task<TriggeredChange> send;
            if (conversation is not null)
            {
                send = trigger.TransitionCobrowseAsync(SteadyPhase, conversation.ConversationId, cancellationToken);
            }
            else
            {
                var c = nextContact++ % contacts.Count;
                var contact = contacts[c];
                send = trigger.UpdateSessionAsync(SteadyPhase, contact.ContactId, contact.LiveSessionIds[sessionTurn[c]++ % contact.LiveSessionIds.Count], cancellationToken);
            }

            sends.Add(CompleteAsync(send, conversation?.ConversationId));
        }

        await Task.WhenAll(sends).ConfigureAwait(false);
        var triggerElapsed = clock.Elapsed;
        _residentSamples.Add(gateway.Process.ResidentMegabytes());

        // Drain: until nothing owed is missing, then a moment more for duplicates; bounded either way.
        var drain = Stopwatch.StartNew();
        while (drain.Elapsed < options.DrainTimeout)
        {
            var analysis = new DeliveryAnalysis(plan, _changes);
            if (analysis.Figures(SteadyPhase, [.. _changes], ledger.Snapshot()).All.Lost == 0)
            {
                await Task.Delay(DuplicateGrace, cancellationToken).ConfigureAwait(false);
                break;
            }

            await Task.Delay(PollInterval * 2, cancellationToken).ConfigureAwait(false);
        }

        return Measure(plan, ledger, SteadyPhase, started, triggerElapsed, startRss, gateway);

        async Task CompleteAsync(Task<TriggeredChange> send, string? conversationId)
        {
            try
            {
                _changes.Enqueue(await send.ConfigureAwait(false));
            }
            finally
            {
                if (conversationId is not null)
                {
                    inFlight.TryRemove(conversationId, out _);
                }

                slots.Release();
            }
        }
    }

    // The next conversation with no change in flight (its window must name one change); null when all are busy.
    private static LiveCobrowseConversation? NextIdle(IReadOnlyList<LiveCobrowseConversation> conversations, ref int next, ConcurrentDictionary<string, byte> inFlight)
    {
        for (var tried = 0; tried < conversations.Count; tried++)
        {
            var candidate = conversations[next++ % conversations.Count];
            if (inFlight.TryAdd(candidate.ConversationId, 0))
            {
                return candidate;
            }
        }

        return null;
    }

    private static bool AllReceived(SubscriptionPlan plan, DeliveryLedger ledger, SubscriptionKind kind, string entityId) =>
        plan.Watching(kind, entityId).All(t => ledger.HasReceived(t.Index));

    private SubscriptionPhaseResult Measure(
        SubscriptionPlan plan, DeliveryLedger ledger, string phase, DateTimeOffset started, TimeSpan triggerElapsed, double? startRss, GatewayHost gateway)
    {
        var changes = _changes.ToArray();
        var analysis = new DeliveryAnalysis(plan, changes);
        var (all, byKind, lastReceived) = analysis.Figures(phase, changes, ledger.Snapshot());
        var ofPhase = changes.Where(c => c.Phase == phase).ToList();
        return new SubscriptionPhaseResult(
            phase,
            ofPhase.Count(c => c.Failure is null),
            ofPhase.Count(c => c.Failure is not null),
            triggerElapsed,
            lastReceived is { } last ? last - started : TimeSpan.Zero,
            all,
            byKind,
            startRss,
            gateway.Process.ResidentMegabytes());
    }

    private void Judge(SubscriptionPlan plan, DeliveryLedger ledger, IEnumerable<GraphQLWsClient> clients, SubscriptionPhaseResult steady, SubscriptionReport report)
    {
        var changes = _changes.ToArray();
        if (steady.All.Lost > 0)
        {
            report.Fail($"{steady.All.Lost} of {steady.All.Expected} deliveries of the steady phase were lost");
        }

        if (steady.All.Duplicates > 0)
        {
            report.Fail($"{steady.All.Duplicates} deliveries of the steady phase were duplicates");
        }

        var failed = changes.Where(c => c.Failure is not null).ToList();
        if (failed.Count > 0)
        {
            report.Fail($"the simulator refused {failed.Count} changes, first: {failed[0].Failure}");
        }

        if (ledger.Errors > 0)
        {
            report.Fail($"{ledger.Errors} next payloads had GraphQL errors or lacked the selected fields, first: {ledger.ErrorSamples.FirstOrDefault()}");
        }

        var problems = clients.SelectMany(c => c.Problems).ToList();
        if (problems.Count > 0)
        {
            report.Fail($"{problems.Count} socket problems, first: {string.Join(" | ", problems.Take(3))}");
        }

        var unmatched = new DeliveryAnalysis(plan, changes).Unmatched(ledger.Snapshot());
        if (unmatched > 0)
        {
            report.Note($"{unmatched} deliveries matched no triggered change.");
        }
    }
}
