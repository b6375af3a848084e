namespace Gateway.Bench.Processes;

/// <summary>What a Redis server holds: its key count and the memory its data takes, in MiB.</summary>
internal sealed record RedisUsage(long Keys, double UsedMegabytes);
