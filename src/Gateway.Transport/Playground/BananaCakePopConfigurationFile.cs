using System.Text.Json.Serialization;

namespace Gateway.Transport.Playground;

/// <summary>
/// The body of <c>bcp-config.json</c>, which the IDE fetches beside its <c>index.html</c> before it first paints
/// (the keys HotChocolate's tool options write for the same build).
/// </summary>
internal sealed record BananaCakePopConfigurationFile
{
    [JsonPropertyName("title")]
    public required string Title { get; init; }

    /// <summary>The IDE talks to the URL it was loaded from (its subscription transport to the same URL over <c>ws(s)</c>).</summary>
    [JsonPropertyName("useBrowserUrlAsEndpoint")]
    public bool UseBrowserUrlAsEndpoint { get; init; } = true;

    [JsonPropertyName("graphQLDocument")]
    public string? GraphQLDocument { get; init; }

    /// <summary>
    /// Always on: the IDE would otherwise post to ChilliCream's telemetry service at start, a request that fails
    /// offline and leaks usage otherwise.
    /// </summary>
    [JsonPropertyName("disableTelemetry")]
    public bool DisableTelemetry { get; init; } = true;
}
