using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using Gateway.Bench.Load;
using Gateway.Bench.Scenarios;

namespace Gateway.Bench.Reporting;

/// <summary>Writes a run's figures as the plain tables printed to the console and as the Markdown report.</summary>
internal static class ReportRenderer
{
    private const string ApiPrefix = "/api/v2";

    public static string ToPlainText(BenchmarkReport report)
    {
        var text = new StringBuilder();
        text.Append(Settings(report)).Append("\n\n");
        if (report.Ceiling.Count > 0)
        {
            text.Append("gateway warm, response cache on and off, against the ceiling (the same answer bytes, no work), ").Append(report.Options.Concurrency).Append(" connections\n");
            text.Append(CeilingTable(report).ToPlainText()).Append('\n');
            text.Append(ColdLatencyHeading(report)).Append('\n');
            text.Append(ColdLatencyTable(report).ToPlainText()).Append('\n');
            text.Append(SettledColdHeading).Append('\n');
            text.Append(SettledColdTable(report).ToPlainText()).Append('\n');
        }

        if (report.Ceiling.Count > 0 || report.MixNaiveCallsPerQuery is not null)
        {
            text.Append("upstream calls per query: a naive client (one REST call per entity in the answer) against the gateway\n");
            text.Append(CallsPerQuery(report).ToPlainText()).Append('\n');
        }

        if (report.Phases.Count == 0)
        {
            foreach (var note in AllNotes(report))
            {
                text.Append('\n').Append("note: ").Append(note);
            }

            return text.ToString();
        }

        text.Append(Summary(report).ToPlainText()).Append('\n');
        text.Append("upstream calls per route (\"ids asked\" rows: ids asked for on the batch route above)\n");
        text.Append(UpstreamByRoute(report).ToPlainText()).Append('\n');
        text.Append("latency per query of the mix, p50 / p95 ms\n");
        text.Append(LatencyByOperation(report).ToPlainText());
        foreach (var note in AllNotes(report))
        {
            text.Append('\n').Append("note: ").Append(note);
        }

        return text.ToString();
    }

    public static string ToMarkdown(BenchmarkReport report)
    {
        var text = new StringBuilder();
        text.Append("# Gateway cache benchmark\n\n");
        text.Append("`bash bench/run.sh").Append(report.Options.Arguments.Count > 0 ? " " + string.Join(' ', report.Options.Arguments) : "")
            .Append("` — ").Append(Settings(report)).Append("\n\n");
        if (report.Ceiling.Count > 0)
        {
            text.Append("## Gateway warm against the ceiling\n\n");
            text.Append("Each query's warm phase on a fresh gateway with the response cache on, then on another with it off, against a process serving the same answer bytes with no work; ")
                .Append(report.Options.Concurrency).Append(" connections, after a warm-up until the process stops compiling. `ratio`: the row's req/s over the ceiling's; `warm-up s`: how long that took; `1st s req/s`: the warm-up's first second, a fresh process still compiling its code.\n\n");
            text.Append(CeilingTable(report).ToMarkdown()).Append('\n');
            text.Append("## Cold latency against the upstream floor\n\n");
            text.Append(ColdLatencyHeading(report)).Append(".\n\n");
            text.Append(ColdLatencyTable(report).ToMarkdown()).Append('\n');
            text.Append("## Cold requests to a settled gateway\n\n");
            text.Append(SettledColdHeading).Append(".\n\n");
            text.Append(SettledColdTable(report).ToMarkdown()).Append('\n');
        }

        if (report.Ceiling.Count > 0 || report.MixNaiveCallsPerQuery is not null)
        {
            text.Append("## Upstream calls per query against a naive client\n\n");
            text.Append(CallsPerQuery(report).ToMarkdown()).Append('\n');
        }

        if (report.Phases.Count > 0)
        {
            text.Append("## The mix\n\n");
            text.Append(Summary(report).ToMarkdown()).Append('\n');
            text.Append("## Upstream calls per route\n\n");
            text.Append("Routes as the simulator names them, `/api/v2` left out; an `ids asked` row counts the ids asked for on the batch route above it.\n\n");
            text.Append(UpstreamByRoute(report).ToMarkdown());
            text.Append("\n## Latency per query of the mix\n\np50 / p95 in milliseconds.\n\n");
            text.Append(LatencyByOperation(report).ToMarkdown());
        }

        var notes = AllNotes(report).ToList();
        if (notes.Count > 0)
        {
            text.Append("\n## Notes\n\n");
            foreach (var note in notes)
            {
                text.Append("- ").Append(note).Append('\n');
            }
        }

        return text.ToString();
    }

    private static string Settings(BenchmarkReport report)
    {
        var o = report.Options;
        return string.Create(
            CultureInfo.InvariantCulture,
            $"{report.StartedAt:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription}, {RuntimeInformation.FrameworkDescription}; "
            + $"{o.RequestsPerPhase} queries per phase, {o.Concurrency} concurrent, working set {o.WorkingSetSize} contacts, "
            + $"upstream latency {o.UpstreamLatencyMilliseconds} ms, mix 40% session / 30% journey / 20% conversation / 10% users, seed {o.MixSeed}");
    }

    private static TextTable Summary(BenchmarkReport report)
    {
        var table = new TextTable(
            ["scenario", "phase", "queries", "upstream", "per-query", "req/s", "p50ms", "p95ms", "p99ms", "p99/p50", "errors", "rssMB", "l2keys", "warm-up s"],
            leftAlignedColumns: 2);
        foreach (var phase in report.Phases)
        {
            var load = phase.Load;
            table.AddRow(
                phase.Scenario,
                phase.Phase,
                Format(load.Completed),
                Format(phase.Upstream.Total),
                phase.UpstreamPerQuery.ToString("0.000", CultureInfo.InvariantCulture),
                load.RequestsPerSecond.ToString("0", CultureInfo.InvariantCulture),
                Milliseconds(load.Percentile(50)),
                Milliseconds(load.Percentile(95)),
                Milliseconds(load.Percentile(99)),
                Ratio(load),
                Format(load.Errors),
                phase.PeakResidentMegabytes?.ToString("0", CultureInfo.InvariantCulture) ?? "n/a",
                phase.Redis is { } redis ? Format(redis.Keys) : "-",
                phase.SettledBy is { } warmUp ? WarmUpSeconds(warmUp) : "-");
        }

        return table;
    }

    private static TextTable CeilingTable(BenchmarkReport report)
    {
        var table = new TextTable(
            ["query", "server", "req/s", "p50ms", "p99ms", "p99/p50", "ratio", "rssMB", "errors", "bytes", "warm-up s", "1st s req/s"],
            leftAlignedColumns: 2);
        foreach (var c in report.Ceiling)
        {
            foreach (var warm in c.Warm)
            {
                AddLoadRow(table, c.Query, warm.Label, warm.Load, c.RatioOf(warm).ToString("0.0%", CultureInfo.InvariantCulture), warm.PeakResidentMegabytes, "", warm.WarmUp);
            }

            AddLoadRow(table, c.Query, "ceiling", c.Ceiling, "-", c.CeilingPeakResidentMegabytes, c.ResponseBytes.ToString("N0", CultureInfo.InvariantCulture), c.CeilingWarmUp);
        }

        return table;
    }

    private static void AddLoadRow(
        TextTable table, string query, string server, LoadMeasurement load, string ratio, double? peakMegabytes, string bytes, WarmUpMeasurement warmUp)
    {
        table.AddRow(
            query,
            server,
            load.RequestsPerSecond.ToString("N0", CultureInfo.InvariantCulture),
            Milliseconds(load.Percentile(50)),
            Milliseconds(load.Percentile(99)),
            Ratio(load),
            ratio,
            peakMegabytes?.ToString("0", CultureInfo.InvariantCulture) ?? "n/a",
            Format(load.Errors),
            bytes,
            WarmUpSeconds(warmUp),
            warmUp.FirstWindowRequestsPerSecond.ToString("N0", CultureInfo.InvariantCulture));
    }

    private static string Ratio(LoadMeasurement load)
    {
        var p50 = load.Percentile(50);
        return p50 > 0 ? (load.Percentile(99) / p50).ToString("0.0", CultureInfo.InvariantCulture) : "-";
    }

    // An unsettled warm-up is marked: the measured phase may still include the process's compilation.
    private static string WarmUpSeconds(WarmUpMeasurement warmUp)
        => warmUp.Elapsed.TotalSeconds.ToString("0", CultureInfo.InvariantCulture) + (warmUp.Settled ? "" : " (unsettled)");

    private static string ColdLatencyHeading(BenchmarkReport report) => string.Create(
        CultureInfo.InvariantCulture,
        $"cold latency against the floor (upstream latency {report.Options.UpstreamLatencyMilliseconds} ms × the dependent rounds of the query's nesting): "
        + $"cold = each distinct request once, one at a time, on one fresh gateway (later requests re-use entities of earlier ones); first = its first request; "
        + $"touch = the first request of each of up to {report.Options.FirstTouchGateways} fresh gateways; "
        + $"touch chain = on the traced ones (all but the first), the longest chain of upstream calls each sent after the one before ended (min-max); "
        + $"touch upstream = the upstream's own time on that chain (its calls' durations by the simulator's clock, the longest sum over such chains); "
        + $"touch overhead = each traced first request's latency less that: the gateway's time, and the loopback's");

    private static string Chains(IReadOnlyList<int> chains) => chains.Count == 0
        ? "-"
        : chains.Min() == chains.Max()
            ? Format(chains[0])
            : $"{Format(chains.Min())}-{Format(chains.Max())}";

    private static string OptionalMilliseconds(IReadOnlyList<double> values, double percent)
        => values.Count == 0 ? "-" : Milliseconds(Percentiles.Of([.. values.Order()], percent));

    private static TextTable ColdLatencyTable(BenchmarkReport report)
    {
        var latency = report.Options.UpstreamLatencyMilliseconds;
        var table = new TextTable(
            ["query", "rounds", "floor ms", "cold p50ms", "cold p99ms", "p99-floor ms", "first ms", "touch n", "touch p50ms", "touch maxms", "touch p50-floor ms", "touch chain", "touch upstream p50ms", "touch overhead p50ms", "touch overhead maxms", "distinct"],
            leftAlignedColumns: 1);
        foreach (var c in report.Ceiling)
        {
            var floor = c.FloorMilliseconds(latency);
            var touch = c.FirstTouch;
            table.AddRow(
                c.Query,
                Format(c.DependentRounds),
                Milliseconds(floor),
                Milliseconds(c.Cold.Percentile(50)),
                Milliseconds(c.Cold.Percentile(99)),
                SignedMilliseconds(c.Cold.Percentile(99) - floor),
                c.ColdFirst.Completed > 0 ? Milliseconds(c.ColdFirst.Percentile(100)) : "-",
                Format(touch.Completed),
                touch.Completed > 0 ? Milliseconds(touch.Percentile(50)) : "-",
                touch.Completed > 0 ? Milliseconds(touch.Percentile(100)) : "-",
                touch.Completed > 0 ? SignedMilliseconds(touch.Percentile(50) - floor) : "-",
                Chains(c.TracedChains),
                OptionalMilliseconds(c.TouchUpstreamMilliseconds, 50),
                OptionalMilliseconds(c.TouchOverheadMilliseconds, 50),
                OptionalMilliseconds(c.TouchOverheadMilliseconds, 100),
                Format(c.DistinctRequests));
        }

        return table;
    }

    private const string SettledColdHeading =
        "cold requests to a settled gateway: after the response-cache-off gateway's warm phase, each fresh request (ids no earlier request of that "
        + "gateway asked) once, one at a time; chain, upstream and overhead as for the touches (entities other requests share, such as users, may be "
        + "cached by then, so a chain may be a round shorter than the query's nesting)";

    private static TextTable SettledColdTable(BenchmarkReport report)
    {
        var table = new TextTable(
            ["query", "n", "chain", "upstream p50ms", "latency p50ms", "latency maxms", "overhead p50ms", "overhead maxms"],
            leftAlignedColumns: 1);
        foreach (var c in report.Ceiling.Where(c => c.SettledCold.Chains.Count > 0))
        {
            var cold = c.SettledCold;
            table.AddRow(
                c.Query,
                Format(cold.Measured.Completed),
                Chains(cold.Chains),
                OptionalMilliseconds(cold.UpstreamMilliseconds, 50),
                Milliseconds(cold.Measured.Percentile(50)),
                Milliseconds(cold.Measured.Percentile(100)),
                OptionalMilliseconds(cold.OverheadMilliseconds, 50),
                OptionalMilliseconds(cold.OverheadMilliseconds, 100));
        }

        return table;
    }

    private static TextTable CallsPerQuery(BenchmarkReport report)
    {
        var table = new TextTable(
            ["query", "naive", "cold first", "cold per-query", "warm per-query (cache on)", "warm per-query (cache off)", "distinct"],
            leftAlignedColumns: 1);
        foreach (var c in report.Ceiling)
        {
            table.AddRow(
                c.Query,
                c.NaiveCallsPerQuery.ToString("0.#", CultureInfo.InvariantCulture),
                Format(c.FirstColdCalls),
                c.ColdCallsPerQuery.ToString("0.##", CultureInfo.InvariantCulture),
                c.CacheOn.UpstreamCallsPerQuery.ToString("0.###", CultureInfo.InvariantCulture),
                c.CacheOff.UpstreamCallsPerQuery.ToString("0.###", CultureInfo.InvariantCulture),
                Format(c.DistinctRequests));
        }

        if (report.MixNaiveCallsPerQuery is { } mixNaive)
        {
            var cold = report.Phases.FirstOrDefault(p => p is { Scenario: "memory", Phase: "cold" });
            var warm = report.Phases.FirstOrDefault(p => p is { Scenario: "memory", Phase: "warm" });
            table.AddRow(
                "the mix (memory)",
                mixNaive.ToString("0.#", CultureInfo.InvariantCulture),
                "-",
                cold?.UpstreamPerQuery.ToString("0.##", CultureInfo.InvariantCulture) ?? "-",
                warm?.UpstreamPerQuery.ToString("0.###", CultureInfo.InvariantCulture) ?? "-",
                "-",
                Format(report.Options.RequestsPerPhase));
        }

        return table;
    }

    private static TextTable UpstreamByRoute(BenchmarkReport report)
    {
        var phases = report.Phases;
        var table = new TextTable(["route", .. phases.Select(ShortLabel)], leftAlignedColumns: 1);
        var routes = phases.SelectMany(p => p.Upstream.Calls.Keys).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        foreach (var route in routes)
        {
            table.AddRow([ShortRoute(route), .. phases.Select(p => Format(p.Upstream.Calls.GetValueOrDefault(route)))]);
            if (phases.Any(p => p.Upstream.Ids.GetValueOrDefault(route) > 0))
            {
                table.AddRow(["  ids asked", .. phases.Select(p => Format(p.Upstream.Ids.GetValueOrDefault(route)))]);
            }
        }

        table.AddRow(["total", .. phases.Select(p => Format(p.Upstream.Total))]);
        return table;
    }

    private static TextTable LatencyByOperation(BenchmarkReport report)
    {
        var phases = report.Phases;
        var table = new TextTable(["query", .. phases.Select(ShortLabel)], leftAlignedColumns: 1);
        var operations = phases.SelectMany(p => p.Load.LatenciesByOperation.Keys).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        foreach (var operation in operations)
        {
            table.AddRow([operation, .. phases.Select(p => p.Load.LatenciesByOperation.TryGetValue(operation, out var latencies)
                ? $"{Milliseconds(Percentiles.Of(latencies, 50))} / {Milliseconds(Percentiles.Of(latencies, 95))}"
                : "-")]);
        }

        return table;
    }

    private static IEnumerable<string> AllNotes(BenchmarkReport report)
    {
        foreach (var phase in report.Phases)
        {
            // A warm phase (settled first) is timed: its time limit is how it ends, not a note.
            if (phase.Load.StoppedByTimeLimit && phase.SettledBy is null)
            {
                yield return $"{phase.Label}: stopped by the {report.Options.PhaseTimeout.TotalSeconds:0} s phase limit after {phase.Load.Completed} queries.";
            }

            foreach (var (kind, count) in phase.Load.ErrorsByKind.OrderByDescending(e => e.Value).Take(5))
            {
                yield return $"{phase.Label}: {count} × {kind}";
            }
        }

        foreach (var c in report.Ceiling)
        {
            var sides = new[] { ("cold", c.Cold), ("first touch, later gateways", c.LaterFirstTouches), (c.CacheOn.Label, c.CacheOn.Load), (c.CacheOff.Label, c.CacheOff.Load), ("ceiling", c.Ceiling) };
            foreach (var (side, load) in sides)
            {
                foreach (var (kind, count) in load.ErrorsByKind.OrderByDescending(e => e.Value).Take(5))
                {
                    yield return $"ceiling scenario, {c.Query}, {side}: {count} × {kind}";
                }
            }

            if (c.WarmUpErrors > 0)
            {
                yield return $"ceiling scenario, {c.Query}: {c.WarmUpErrors} queries failed during the warm-ups (not in the measured phases).";
            }

            if (c.ChangedResponses > 0)
            {
                yield return $"ceiling scenario, {c.Query}: {c.ChangedResponses} warm-up answers differed from the previous answer to the same request (a live entity changed); the ceiling serves the last one.";
            }
        }

        foreach (var note in report.Notes)
        {
            yield return note;
        }

        foreach (var phase in report.Phases.Where(p => p.Redis is not null).TakeLast(1))
        {
            yield return $"Redis at the end of {phase.Label}: {phase.Redis!.Keys} keys, {phase.Redis.UsedMegabytes:0.0} MiB.";
        }
    }

    private static string ShortLabel(PhaseResult phase) => phase.Scenario switch
    {
        "memory" => $"mem {phase.Phase}",
        "two-instance" => $"2x {phase.Phase}",
        _ => phase.Label,
    };

    private static string ShortRoute(string route)
    {
        var space = route.IndexOf(' ', StringComparison.Ordinal);
        return space > 0 && route.AsSpan(space + 1).StartsWith(ApiPrefix, StringComparison.Ordinal)
            ? string.Concat(route.AsSpan(0, space + 1), route.AsSpan(space + 1 + ApiPrefix.Length))
            : route;
    }

    private static string Format(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private static string SignedMilliseconds(double value) => (value >= 0 ? "+" : "-") + Milliseconds(Math.Abs(value));

    private static string Milliseconds(double value) => value.ToString(value < 100 ? "0.0" : "0", CultureInfo.InvariantCulture);
}
