using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using Gateway.Bench.Subscriptions;

namespace Gateway.Bench.Reporting;

/// <summary>Writes a subscription run's figures as plain tables for the console and as the Markdown report.</summary>
internal static class SubscriptionReportRenderer
{
    public static string ToPlainText(SubscriptionReport report)
    {
        var text = new StringBuilder();
        text.Append(Settings(report)).Append("\n\n");
        text.Append(Summary(report).ToPlainText()).Append('\n');
        text.Append("per subscription field\n");
        text.Append(ByField(report).ToPlainText());
        foreach (var note in report.Notes)
        {
            text.Append('\n').Append("note: ").Append(note);
        }

        foreach (var failure in report.Failures)
        {
            text.Append('\n').Append("FAILED: ").Append(failure);
        }

        return text.ToString();
    }

    public static string ToMarkdown(SubscriptionReport report)
    {
        var text = new StringBuilder();
        text.Append("# Gateway subscription benchmark\n\n");
        text.Append("`bash bench/subscriptions.sh").Append(report.Options.Arguments.Count > 0 ? " " + string.Join(' ', report.Options.Arguments) : "")
            .Append("` — ").Append(Settings(report)).Append("\n\n");
        text.Append(Summary(report).ToMarkdown());
        text.Append("\n## Per subscription field\n\n");
        text.Append(ByField(report).ToMarkdown());
        if (report.Notes.Count + report.Failures.Count > 0)
        {
            text.Append("\n## Notes\n\n");
            foreach (var note in report.Notes)
            {
                text.Append("- ").Append(note).Append('\n');
            }

            foreach (var failure in report.Failures)
            {
                text.Append("- **FAILED**: ").Append(failure).Append('\n');
            }
        }

        return text.ToString();
    }

    private static string Settings(SubscriptionReport report)
    {
        var o = report.Options;
        return string.Create(
            CultureInfo.InvariantCulture,
            $"{report.StartedAt:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription}, {RuntimeInformation.FrameworkDescription}; "
            + $"{o.Subscriptions} subscriptions, {o.PerSocket} per socket ({o.Sockets} sockets from {report.ClientAddresses} loopback client addresses), "
            + $"{o.PerEntity} per contact or conversation, {o.EventsPerSecond} changes/s for {o.Duration.TotalSeconds:0} s, "
            + $"upstream latency {o.UpstreamLatencyMilliseconds} ms, seed {o.Seed}; gateway peak RSS {Megabytes(report.PeakResidentMegabytes)} MB");
    }

    private static TextTable Summary(SubscriptionReport report)
    {
        var table = new TextTable(
            ["phase", "subs", "sockets", "events", "ev/s", "expected", "received", "deliv/s", "p50ms", "p99ms", "maxms", "lost", "dups", "rss start MB", "rss end MB", "growth MB"],
            leftAlignedColumns: 1);
        foreach (var phase in report.Phases)
        {
            var all = phase.All;
            table.AddRow(
                phase.Phase,
                Format(report.Plan.Targets.Count),
                Format(report.Plan.Sockets.Count),
                Format(phase.Triggered),
                phase.ChangesPerSecond.ToString("0.0", CultureInfo.InvariantCulture),
                Format(all.Expected),
                Format(all.Received),
                phase.DeliveriesPerSecond.ToString("0", CultureInfo.InvariantCulture),
                Milliseconds(all.Percentile(50)),
                Milliseconds(all.Percentile(99)),
                Milliseconds(all.Max),
                Format(all.Lost),
                Format(all.Duplicates),
                Megabytes(phase.ResidentMegabytesAtStart),
                Megabytes(phase.ResidentMegabytesAtEnd),
                phase.ResidentMegabytesAtStart is { } start && phase.ResidentMegabytesAtEnd is { } end
                    ? (end - start).ToString("+0.0;-0.0;0.0", CultureInfo.InvariantCulture)
                    : "n/a");
        }

        return table;
    }

    private static TextTable ByField(SubscriptionReport report)
    {
        var table = new TextTable(["phase", "field", "subs", "events", "expected", "received", "p50ms", "p99ms", "maxms", "lost", "dups"], leftAlignedColumns: 2);
        foreach (var phase in report.Phases)
        {
            foreach (var (kind, figures) in phase.ByKind)
            {
                table.AddRow(
                    phase.Phase,
                    FieldName(kind),
                    Format(report.Plan.Targets.Count(t => t.Kind == kind)),
                    Format(figures.Changes),
                    Format(figures.Expected),
                    Format(figures.Received),
                    Milliseconds(figures.Percentile(50)),
                    Milliseconds(figures.Percentile(99)),
                    Milliseconds(figures.Max),
                    Format(figures.Lost),
                    Format(figures.Duplicates));
            }
        }

        return table;
    }

    private static string FieldName(SubscriptionKind kind) => kind switch
    {
        SubscriptionKind.ContactSessions => "sessionsUpdatedForExternalContact",
        SubscriptionKind.CobrowseSession => "cobrowseSessionUpdated",
        _ => kind.ToString(),
    };

    private static string Format(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private static string Milliseconds(double value) => value.ToString(value < 100 ? "0.0" : "0", CultureInfo.InvariantCulture);

    private static string Megabytes(double? value) => value?.ToString("0.0", CultureInfo.InvariantCulture) ?? "n/a";
}
