using Microsoft.Extensions.Logging;

namespace Gateway.Transport.Playground;

/// <summary>Log messages of the playground (event ids 500–599).</summary>
internal static partial class PlaygroundLog
{
    [LoggerMessage(EventId = 500, Level = LogLevel.Warning, Message = "Banana Cake Pop is not installed (no index.html in {AssetsPath}): {InstallHint}. GraphQL itself is served as usual")]
    public static partial void AssetsMissing(ILogger logger, string assetsPath, string installHint);

    [LoggerMessage(EventId = 501, Level = LogLevel.Debug, Message = "Banana Cake Pop: {Count} assets in {AssetsPath}")]
    public static partial void AssetsFound(ILogger logger, int count, string assetsPath);
}
