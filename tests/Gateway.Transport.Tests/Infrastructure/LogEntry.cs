using Microsoft.Extensions.Logging;

namespace Gateway.Transport.Tests.Infrastructure;

/// <summary>One captured log line.</summary>
public sealed record LogEntry(string Category, LogLevel Level, string Message, Exception? Exception);
