using System.ComponentModel.DataAnnotations;

namespace Gateway.Upstream;

/// <summary>The <c>Genesys</c> configuration section: where the upstream is and how to call it.</summary>
public sealed class GenesysOptions
{
    public const string SectionName = "Genesys";

    /// <summary>e.g. <c>mypurecloud.com</c>; gives <c>https://api.{region}</c> and <c>https://login.{region}</c>.</summary>
    public string Region { get; set; } = "mypurecloud.com";

    /// <summary>Overrides the API base URL (a proxy, a private simulator).</summary>
    public Uri? ApiBaseUrl { get; set; }

    /// <summary>Overrides the login base URL.</summary>
    public Uri? LoginBaseUrl { get; set; }

    /// <summary>OAuth client id; when none is set, the gateway runs on its built-in simulator.</summary>
    public string? ClientId { get; set; }

    /// <summary>OAuth client secret.</summary>
    public string? ClientSecret { get; set; }

    /// <summary>
    /// The organization the credentials belong to, when known: the tenant segment of cache keys. Unset, it is asked
    /// of <c>GET /api/v2/organizations/me</c> once and remembered in the cache.
    /// </summary>
    public string? OrganizationId { get; set; }

    /// <summary>Ids per <c>POST /api/v2/externalcontacts/bulk/contacts</c> call (the upstream maximum is not documented).</summary>
    [Range(1, 1000)]
    public int BulkContactsBatchSize { get; set; } = 100;

    /// <summary>Ids per <c>GET /api/v2/users?id=…</c> and <c>GET /api/v2/routing/queues?id=…</c> call.</summary>
    [Range(1, 100)]
    public int BulkIdsPerRequest { get; set; } = 100;

    /// <summary>
    /// Concurrent by-id calls one batch may make where the upstream has no bulk endpoint. The rate budget, not this,
    /// keeps the request rate within the upstream's limit; this only bounds the sockets one batch holds open. It is
    /// large enough that a page of 10 contacts' 50 sessions fetches their conversations in one upstream round, not
    /// several (8, the former default, took 5 rounds of latency).
    /// </summary>
    [Range(1, 256)]
    public int MaxParallelRequests { get; set; } = 64;

    /// <summary>Timeout of one upstream attempt, in seconds.</summary>
    [Range(1, 300)]
    public int AttemptTimeoutSeconds { get; set; } = 10;

    /// <summary>Total time an upstream call may take including retries, in seconds.</summary>
    [Range(1, 600)]
    public int TotalTimeoutSeconds { get; set; } = 30;

    /// <summary>Retries of a 429, 502, 503 or 504 (as the official SDKs do).</summary>
    [Range(0, 10)]
    public int MaxRetries { get; set; } = 3;

    /// <summary>A <c>Retry-After</c> longer than this gives up instead of waiting, in seconds (the SDKs use 180).</summary>
    [Range(0, 3600)]
    public int MaxRetryAfterSeconds { get; set; } = 30;

    /// <summary>True when no credentials are configured: the embedded simulator serves the upstream.</summary>
    public bool UsesEmbeddedSimulator => string.IsNullOrWhiteSpace(ClientId);

    /// <summary>The API base URL in effect.</summary>
    public Uri ResolveApiBaseUrl() => ApiBaseUrl ?? new Uri($"https://api.{Region}/");

    /// <summary>The login base URL in effect.</summary>
    public Uri ResolveLoginBaseUrl() => LoginBaseUrl ?? new Uri($"https://login.{Region}/");
}
