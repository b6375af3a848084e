namespace Gateway.Bench.Subscriptions;

/// <summary>The command line of the subscription benchmark: how many subscriptions, how they share sockets and topics, the event rate.</summary>
internal sealed class SubscriptionBenchOptions
{
    /// <summary>The first argument of the runner that selects this benchmark rather than the cache one.</summary>
    public const string Mode = "subscriptions";

    public const string Usage = """
        usage: bash bench/subscriptions.sh [options]      (the same as: bash bench/run.sh subscriptions [options])

          --subscriptions N          concurrent subscriptions (default 1000, 1..20000)
          --per-socket K             subscriptions per WebSocket (default 10, 1..100: the gateway's operations per connection)
          --per-entity F             subscriptions sharing one contact or conversation (default 5, 1..1000)
          --events-per-second R      changes triggered per second at the simulator (default 20, 1..500)
          --duration S               seconds of the steady phase (default 20, 1..300)
          --latency-ms N             latency the simulator adds to every upstream answer (default 20, 0..1000)
          --drain-timeout S          after the last change, wait at most S seconds for its deliveries (default 10, 1..120)
          --seed N                   seed of the entity draw (default 7)
          --output PATH              the Markdown report (default bench/results/subscriptions-latest.md)
          --pid-file PATH            append the id of every started process here (bench/run.sh's trap reads it)
        """;

    public int Subscriptions { get; private set; } = 1000;
    public int PerSocket { get; private set; } = 10;
    public int PerEntity { get; private set; } = 5;
    public int EventsPerSecond { get; private set; } = 20;
    public TimeSpan Duration { get; private set; } = TimeSpan.FromSeconds(20);
    public int UpstreamLatencyMilliseconds { get; private set; } = 20;
    public TimeSpan DrainTimeout { get; private set; } = TimeSpan.FromSeconds(10);
    public int Seed { get; private set; } = 7;
    public string? OutputPath { get; private set; }
    public string? PidFile { get; private set; }
    public bool HelpRequested { get; private set; }

    /// <summary>Sockets the subscriptions need: <see cref="PerSocket"/> on each, the last one with the rest.</summary>
    public int Sockets => (Subscriptions + PerSocket - 1) / PerSocket;

    /// <summary>The arguments as given, less the pid file: the command the report names.</summary>
    public IReadOnlyList<string> Arguments { get; private set; } = [];

    /// <summary>Parses <paramref name="args"/> (after the mode); a bad argument is a <see cref="BenchmarkFailedException"/> naming it.</summary>
    public static SubscriptionBenchOptions Parse(IReadOnlyList<string> args)
    {
        var options = new SubscriptionBenchOptions();
        var shown = new List<string>();
        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i];
            var start = i;
            switch (name)
            {
                case "--subscriptions":
                    options.Subscriptions = CommandLineValues.Int(args, ref i, 1, 20_000);
                    break;
                case "--per-socket":
                    options.PerSocket = CommandLineValues.Int(args, ref i, 1, 100);
                    break;
                case "--per-entity":
                    options.PerEntity = CommandLineValues.Int(args, ref i, 1, 1000);
                    break;
                case "--events-per-second":
                    options.EventsPerSecond = CommandLineValues.Int(args, ref i, 1, 500);
                    break;
                case "--duration":
                    options.Duration = TimeSpan.FromSeconds(CommandLineValues.Int(args, ref i, 1, 300));
                    break;
                case "--latency-ms":
                    options.UpstreamLatencyMilliseconds = CommandLineValues.Int(args, ref i, 0, 1000);
                    break;
                case "--drain-timeout":
                    options.DrainTimeout = TimeSpan.FromSeconds(CommandLineValues.Int(args, ref i, 1, 120));
                    break;
                case "--seed":
                    options.Seed = CommandLineValues.Int(args, ref i, int.MinValue, int.MaxValue);
                    break;
                case "--output":
                    options.OutputPath = CommandLineValues.String(args, ref i);
                    break;
                case "--pid-file":
                    options.PidFile = CommandLineValues.String(args, ref i);
                    continue; // a temporary path of the script's: not part of the command shown
                case "-h" or "--help":
                    options.HelpRequested = true;
                    break;
                default:
                    throw new BenchmarkFailedException($"unknown argument '{name}'\n{Usage}");
            }

            shown.AddRange(args.Skip(start).Take(i - start + 1));
        }

        options.Arguments = shown;
        return options;
    }
}
