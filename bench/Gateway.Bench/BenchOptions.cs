namespace Gateway.Bench;

/// <summary>The command line of the benchmark: how much load, how long at most, where to write the report.</summary>
internal sealed class BenchOptions
{
    public const string Usage = """
        usage: bash bench/run.sh [options]

          --requests N        queries of the mix: a cold phase sends each once, a warm phase cycles them
                              (default 2000, 1..100000)
          --concurrency N     concurrent clients (default 16, 1..256)
          --working-set N     contacts (and sessions) the mix draws from (default 200, 10..1000)
          --latency-ms N      latency the simulator adds to every upstream answer (default 20, 0..1000)
          --phase-timeout S   a cold phase stops taking new queries after S seconds (default 20, 1..600)
          --seed N            seed of the working set and the query mix (default 7)
          --scenarios LIST    the scenarios to run, comma-separated, in their fixed order (default all):
                              memory, redis, two-instance, ceiling
          --ceiling-seconds S each measured warm phase, the mix's and the ceiling scenario's, for the gateway
                              and the ceiling alike (default 5, 1..120)
          --warm-up-limit S   each warm-up before a warm phase runs one-second windows until the server
                              compiled at most 50 methods in one and its rate is within 10% of the one before,
                              for at most S seconds (default 30, 2..300)
          --first-touch N     fresh gateways per ceiling query whose first request is measured alone: the two
                              warm gateways (response cache on, off), then N-2 on a traced simulator that
                              measure the dependent upstream rounds (default 6, 3..20)
          --no-redis          leave out the Redis scenarios (redis, two-instance)
          --output PATH       the Markdown report (default bench/results/latest.md)
          --pid-file PATH     append the id of every started process here (bench/run.sh's trap reads it)
        """;

    public int RequestsPerPhase { get; private set; } = 2000;
    public int Concurrency { get; private set; } = 16;
    public int WorkingSetSize { get; private set; } = 200;
    public int UpstreamLatencyMilliseconds { get; private set; } = 20;
    public TimeSpan PhaseTimeout { get; private set; } = TimeSpan.FromSeconds(20);
    public int MixSeed { get; private set; } = 7;
    public bool SkipRedis { get; private set; }

    /// <summary>Every scenario a run knows, in the order it runs them.</summary>
    public static IReadOnlyList<string> AllScenarios { get; } = ["memory", "redis", "two-instance", "ceiling"];

    public IReadOnlySet<string> Scenarios { get; private set; } = new HashSet<string>(AllScenarios, StringComparer.Ordinal);

    public TimeSpan CeilingPhaseTime { get; private set; } = TimeSpan.FromSeconds(5);

    /// <summary>The longest a ceiling warm-up runs when the server is not warm before (<see cref="Load.SteadyWarmUp"/>).</summary>
    public TimeSpan WarmUpLimit { get; private set; } = TimeSpan.FromSeconds(30);

    /// <summary>Fresh gateways per ceiling query whose first request is measured: the two warm ones, then more started for it alone.</summary>
    public int FirstTouchGateways { get; private set; } = 6;

    public string? OutputPath { get; private set; }
    public string? PidFile { get; private set; }
    public bool HelpRequested { get; private set; }

    /// <summary>The arguments as given, less the pid file (a temporary path of the script's): the command the report names.</summary>
    public IReadOnlyList<string> Arguments { get; private set; } = [];

    /// <summary>Parses <paramref name="args"/>; a bad argument is a <see cref="BenchmarkFailedException"/> naming it.</summary>
    public static BenchOptions Parse(IReadOnlyList<string> args)
    {
        var options = new BenchOptions();
        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i];
            switch (name)
            {
                case "--requests":
                    options.RequestsPerPhase = CommandLineValues.Int(args, ref i, 1, 100_000);
                    break;
                case "--concurrency":
                    options.Concurrency = CommandLineValues.Int(args, ref i, 1, 256);
                    break;
                case "--working-set":
                    options.WorkingSetSize = CommandLineValues.Int(args, ref i, 10, 1000);
                    break;
                case "--latency-ms":
                    options.UpstreamLatencyMilliseconds = CommandLineValues.Int(args, ref i, 0, 1000);
                    break;
                case "--phase-timeout":
                    options.PhaseTimeout = TimeSpan.FromSeconds(CommandLineValues.Int(args, ref i, 1, 600));
                    break;
                case "--seed":
                    options.MixSeed = CommandLineValues.Int(args, ref i, int.MinValue, int.MaxValue);
                    break;
                case "--scenarios":
                    options.Scenarios = ParseScenarios(CommandLineValues.String(args, ref i));
                    break;
                case "--ceiling-seconds":
                    options.CeilingPhaseTime = TimeSpan.FromSeconds(CommandLineValues.Int(args, ref i, 1, 120));
                    break;
                case "--warm-up-limit":
                    options.WarmUpLimit = TimeSpan.FromSeconds(CommandLineValues.Int(args, ref i, 2, 300));
                    break;
                case "--first-touch":
                    options.FirstTouchGateways = CommandLineValues.Int(args, ref i, 3, 20);
                    break;
                case "--no-redis":
                    options.SkipRedis = true;
                    break;
                case "--output":
                    options.OutputPath = CommandLineValues.String(args, ref i);
                    break;
                case "--pid-file":
                    options.PidFile = CommandLineValues.String(args, ref i);
                    break;
                case "-h" or "--help":
                    options.HelpRequested = true;
                    break;
                default:
                    throw new BenchmarkFailedException($"unknown argument '{name}'\n{Usage}");
            }
        }

        var shown = args.ToList();
        var pidFileAt = shown.IndexOf("--pid-file");
        if (pidFileAt >= 0)
        {
            shown.RemoveRange(pidFileAt, Math.Min(2, shown.Count - pidFileAt));
        }

        options.Arguments = shown;
        return options;
    }

    /// <summary>Whether the run includes <paramref name="scenario"/>.</summary>
    public bool Runs(string scenario) => Scenarios.Contains(scenario);

    private static HashSet<string> ParseScenarios(string list)
    {
        var scenarios = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!AllScenarios.Contains(name, StringComparer.Ordinal))
            {
                throw new BenchmarkFailedException($"unknown scenario '{name}' (known: {string.Join(", ", AllScenarios)})");
            }

            scenarios.Add(name);
        }

        return scenarios.Count > 0 ? scenarios : throw new BenchmarkFailedException("--scenarios needs at least one scenario");
    }
}
