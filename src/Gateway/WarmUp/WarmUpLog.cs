namespace Gateway.WarmUp;

internal static partial class WarmUpLog
{
    [LoggerMessage(EventId = 1100, Level = LogLevel.Information, Message = "Warm-up done in {ElapsedMilliseconds:F0} ms")]
    public static partial void Completed(ILogger logger, double elapsedMilliseconds);

    [LoggerMessage(EventId = 1101, Level = LogLevel.Warning, Message = "Warm-up stopped after {ElapsedMilliseconds:F0} ms ({ExceptionType}: {Reason}); the first request does the rest")]
    public static partial void Incomplete(ILogger logger, double elapsedMilliseconds, string exceptionType, string reason);

    [LoggerMessage(EventId = 1102, Level = LogLevel.Information, Message = "Warm-up ran {Queries} queries through a simulated copy of the gateway ({Failed} failed) in {ElapsedMilliseconds:F0} ms")]
    public static partial void SimulatedTrafficCompleted(ILogger logger, int queries, int failed, double elapsedMilliseconds);

    [LoggerMessage(EventId = 1103, Level = LogLevel.Warning, Message = "Warm-up's simulated traffic stopped after {ElapsedMilliseconds:F0} ms ({ExceptionType}: {Reason}); the first requests do the rest")]
    public static partial void SimulatedTrafficIncomplete(ILogger logger, double elapsedMilliseconds, string exceptionType, string reason);
}
