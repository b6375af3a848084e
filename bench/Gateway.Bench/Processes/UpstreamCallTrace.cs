using System.Globalization;
using System.Text.Json;

namespace Gateway.Bench.Processes;

/// <summary>
/// The API calls of a simulator with timestamps, for what its call counter cannot tell: which call waited for which.
/// The simulator is started with ASP.NET Core's request log on, as JSON lines with ISO timestamps
/// (<see cref="SimulatorSettings"/>); each "Request finished" entry gives the end and the elapsed time, so the start.
/// Its console output is then no longer the <c>warn:</c> lines <see cref="ChildProcess"/> counts: a traced simulator's
/// own warnings go uncounted.
/// </summary>
internal sealed class UpstreamCallTrace
{
    private const string RequestLogCategory = "Microsoft.AspNetCore.Hosting.Diagnostics";
    private const int RequestFinishedEventId = 2;
    private const string ControlPathPrefix = "/__simulator";

    private readonly Lock _gate = new();
    private readonly List<UpstreamCall> _calls = [];

    /// <summary>The simulator's environment for the request log this trace reads.</summary>
    public static IReadOnlyDictionary<string, string> SimulatorSettings { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [$"Logging__LogLevel__{RequestLogCategory}"] = "Information",
        ["Logging__Console__FormatterName"] = "json",
        ["Logging__Console__FormatterOptions__TimestampFormat"] = "O",
        ["Logging__Console__FormatterOptions__UseUtcTimestamp"] = "true",
    };

    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _calls.Count;
            }
        }
    }

    public void Clear()
    {
        lock (_gate)
        {
            _calls.Clear();
        }
    }

    public IReadOnlyList<UpstreamCall> Snapshot()
    {
        lock (_gate)
        {
            return [.. _calls];
        }
    }

    /// <summary>Reads one output line of the simulator; anything but a finished API request is ignored.</summary>
    public void Observe(string line)
    {
        if (!line.StartsWith('{') || !line.Contains(RequestLogCategory, StringComparison.Ordinal))
        {
            return;
        }

        try
        {
            using var entry = JsonDocument.Parse(line);
            var root = entry.RootElement;
            if (root.GetProperty("EventId").GetInt32() != RequestFinishedEventId)
            {
                return;
            }

            var state = root.GetProperty("State");
            var path = state.GetProperty("Path").GetString() ?? "";
            if (path.StartsWith(ControlPathPrefix, StringComparison.Ordinal))
            {
                return;
            }

            var ended = DateTimeOffset.Parse(root.GetProperty("Timestamp").GetString()!, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);
            var elapsed = TimeSpan.FromMilliseconds(state.GetProperty("ElapsedMilliseconds").GetDouble());
            var call = new UpstreamCall($"{state.GetProperty("Method").GetString()} {path}", ended - elapsed, ended);
            lock (_gate)
            {
                _calls.Add(call);
            }
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            // Another JSON line, or a format this reader does not know: no call rather than a wrong one.
        }
    }
}
