using System.Text.Json;

namespace GenesysCloud.Models;

/// <summary>The platform's error body, answered with every 4xx and 5xx.</summary>
public sealed record ErrorBody
{
    /// <summary>A human-readable message.</summary>
    public string? Message { get; init; }

    /// <summary>A stable error code such as `not.found`.</summary>
    public string? Code { get; init; }

    /// <summary>The HTTP status.</summary>
    public int Status { get; init; }

    /// <summary>The id of the entity the error is about.</summary>
    public string? EntityId { get; init; }

    /// <summary>The name of the entity the error is about.</summary>
    public string? EntityName { get; init; }

    /// <summary>The message with `{param}` placeholders.</summary>
    public string? MessageWithParams { get; init; }

    /// <summary>The placeholder values.</summary>
    public Dictionary<string, string>? MessageParams { get; init; }

    /// <summary>The correlation id of the failed request.</summary>
    public string? ContextId { get; init; }

    /// <summary>Details of the error.</summary>
    public List<ErrorDetail>? Details { get; init; }

    /// <summary>Nested errors.</summary>
    public List<ErrorBody>? Errors { get; init; }

    /// <summary>The limit that was exceeded, when one was.</summary>
    public JsonElement? Limit { get; init; }
}
