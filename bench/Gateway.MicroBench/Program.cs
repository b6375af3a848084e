using BenchmarkDotNet.Running;

// bash bench/micro.sh [BenchmarkDotNet arguments], e.g. --filter '*DataLoader*' --job short.
// In process by default: BenchmarkDotNet's own toolchain rebuilds the gateway into a generated project per run, which
// takes minutes on a busy two-core machine (past its two-minute build timeout). --outOfProcess asks for it anyway.
string[] arguments = args.Contains("--outOfProcess") ? [.. args.Where(a => a != "--outOfProcess")] : ["--inProcess", .. args];
BenchmarkSwitcher.FromAssembly(typeof(Gateway.MicroBench.RequestParsingBenchmarks).Assembly).Run(arguments);
