namespace GenesysCloud.Models;

/// <summary>An application a customer interacts with.</summary>
public sealed record JourneyApp
{
    /// <summary>Name of the application (e.g. mybankingapp).</summary>
    public string? Name { get; init; }

    /// <summary>Namespace of the application (e.g. com.genesys.bancodinero).</summary>
    public string? Namespace { get; init; }

    /// <summary>Version of the application (e.g. 5.9.27).</summary>
    public string? Version { get; init; }

    /// <summary>Build number of the application (e.g. 701).</summary>
    public string? BuildNumber { get; init; }
}
