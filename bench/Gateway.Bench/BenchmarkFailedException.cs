namespace Gateway.Bench;

/// <summary>A reason the benchmark cannot go on (bad argument, missing build, a process that would not start), told in one line.</summary>
internal sealed class BenchmarkFailedException : Exception
{
    public BenchmarkFailedException(string message)
        : base(message)
    {
    }

    public BenchmarkFailedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
