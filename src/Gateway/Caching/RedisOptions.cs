namespace Gateway.Caching;

/// <summary>The <c>Redis</c> configuration section. With a connection string, Redis becomes the L2 cache and the backplane.</summary>
public sealed class RedisOptions
{
    public const string SectionName = "Redis";

    /// <summary>A StackExchange.Redis configuration string, e.g. <c>127.0.0.1:6379</c>; also read from <c>ConnectionStrings:Redis</c>.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>How long one Redis command may take before it is abandoned, in milliseconds.</summary>
    public int CommandTimeoutMilliseconds { get; set; } = 500;

    /// <summary>How long a (re)connection attempt may take, in milliseconds.</summary>
    public int ConnectTimeoutMilliseconds { get; set; } = 2000;

    public bool IsConfigured => !string.IsNullOrWhiteSpace(ConnectionString);
}
