namespace GenesysCloud.Simulator.Hosting;

/// <summary>The simulator's log messages; event ids 7100–7199 are the simulator's.</summary>
internal static partial class SimulatorLog
{
    [LoggerMessage(EventId = 7100, Level = LogLevel.Information, Message = "Genesys Cloud simulator listening on {BaseAddress}")]
    public static partial void Listening(ILogger logger, Uri baseAddress);

    [LoggerMessage(EventId = 7101, Level = LogLevel.Information, Message = "Built the data set of organization {OrganizationId} in {ElapsedMilliseconds} ms")]
    public static partial void DataSetBuilt(ILogger logger, string organizationId, long elapsedMilliseconds);

    [LoggerMessage(EventId = 7110, Level = LogLevel.Debug, Message = "Issued a token to client {ClientId}")]
    public static partial void TokenIssued(ILogger logger, string clientId);

    [LoggerMessage(EventId = 7111, Level = LogLevel.Information, Message = "Refused a token request: {Error}")]
    public static partial void TokenRefused(ILogger logger, string error);

    [LoggerMessage(EventId = 7112, Level = LogLevel.Debug, Message = "Refused {Route}: {Code}")]
    public static partial void Unauthenticated(ILogger logger, string route, string code);

    [LoggerMessage(EventId = 7120, Level = LogLevel.Debug, Message = "Injected {Status} into {Route}")]
    public static partial void FaultInjected(ILogger logger, string route, int status);

    [LoggerMessage(EventId = 7121, Level = LogLevel.Debug, Message = "Rate limited {Route}; retry after {RetryAfterSeconds} s")]
    public static partial void RateLimited(ILogger logger, string route, long retryAfterSeconds);
}
