using System.Diagnostics;

namespace Gateway.Telemetry;

/// <summary>
/// The gateway's own spans, between ASP.NET Core's request span and HttpClient's upstream spans: one per GraphQL
/// operation, one per DataLoader batch.
/// </summary>
public static class GatewayActivitySource
{
    public const string Name = "Gateway.GraphQL";

    /// <summary>Tag (OpenTelemetry semantic conventions): <c>query</c>, <c>mutation</c> or <c>subscription</c>.</summary>
    public const string OperationTypeTag = "graphql.operation.type";

    /// <summary>Tag (semantic conventions): the operation's name, when it has one.</summary>
    public const string OperationNameTag = "graphql.operation.name";

    /// <summary>Tag: the stable <c>extensions.code</c> of each error of the result, comma-separated.</summary>
    public const string ErrorCodesTag = "graphql.error.codes";

    /// <summary>Tag: the loader that dispatched the batch (its type name).</summary>
    public const string LoaderTag = "dataloader.name";

    /// <summary>Tag: distinct keys in the batch.</summary>
    public const string KeysTag = "dataloader.keys";

    /// <summary>Tag: keys of the batch the cache did not have, fetched upstream.</summary>
    public const string CacheMissesTag = "dataloader.cache.misses";

    internal static readonly ActivitySource Source = new(Name);
}
