using System.ComponentModel.DataAnnotations;

namespace Gateway.Transport.Http;

/// <summary>
/// Settings of the GraphQL HTTP endpoint, bound from the configuration section
/// <see cref="SectionName"/> and validated at start-up.
/// </summary>
public sealed class GraphQLHttpOptions
{
    /// <summary>The configuration section the options are bound from.</summary>
    public const string SectionName = "GraphQL:Http";

    /// <summary>
    /// Largest accepted request body in bytes; larger bodies are refused with 413 before they are parsed.
    /// Defaults to 1 MiB.
    /// </summary>
    [Range(1L, long.MaxValue)]
    public long MaxRequestBodyBytes { get; set; } = 1024 * 1024;

    /// <summary>Whether queries may be sent with <c>GET</c> (mutations never may). Defaults to <see langword="true"/>.</summary>
    public bool EnableGetRequests { get; set; } = true;

    /// <summary>
    /// Media type used when the client sends no <c>Accept</c> header or accepts anything (<c>*/*</c>).
    /// Defaults to <see cref="GraphQLMediaTypes.GraphQLResponseJson"/>, as the specification asks since its
    /// 2025 watershed; <see cref="GraphQLMediaTypes.Json"/> restores the legacy behaviour.
    /// </summary>
    [Required]
    [AllowedValues(GraphQLMediaTypes.GraphQLResponseJson, GraphQLMediaTypes.Json)]
    public string DefaultResponseMediaType { get; set; } = GraphQLMediaTypes.GraphQLResponseJson;

    /// <summary>
    /// Query texts kept by the bytes of their JSON string, so a repeated query is not unescaped and transcoded again
    /// (<see cref="Pipeline.QueryTextCache"/>). Defaults to 1,000; 0 turns it off.
    /// </summary>
    [Range(0, 100_000)]
    public int QueryTextCacheSize { get; set; } = 1000;

    /// <summary>The longest JSON string of a query text that is kept, in bytes. Defaults to 16 KiB.</summary>
    [Range(1, 1024 * 1024)]
    public int QueryTextCacheMaxBytes { get; set; } = 16 * 1024;
}
