namespace Gateway.Upstream;

/// <summary>
/// The caller whose own bearer token the upstream calls of the current GraphQL request present (pass-through mode),
/// and the organization that token acts in. Ambient for the request's execution (its resolvers, DataLoader batches and
/// cache factories all run within it); absent, calls present the gateway's client-credentials token.
/// </summary>
public sealed class UpstreamCaller
{
    private static readonly AsyncLocal<UpstreamCaller?> Ambient = new();

    public UpstreamCaller(string accessToken, string? organizationId)
    {
        ArgumentException.ThrowIfNullOrEmpty(accessToken);
        AccessToken = accessToken;
        OrganizationId = organizationId;
    }

    /// <summary>The caller's token, presented as is; never logged, never part of a key.</summary>
    public string AccessToken { get; }

    /// <summary>The token's organization, once looked up; null while it is being looked up.</summary>
    public string? OrganizationId { get; }

    /// <summary>The caller of the code running now, if any.</summary>
    public static UpstreamCaller? Current
    {
        get => Ambient.Value;
        set => Ambient.Value = value;
    }

    // The token stays out of anything that prints the object.
    public override string ToString() => $"UpstreamCaller(organization {OrganizationId ?? "unknown"})";
}
