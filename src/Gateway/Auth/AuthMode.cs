namespace Gateway.Auth;

/// <summary>How callers of the GraphQL endpoint authenticate (<c>Auth:Mode</c>).</summary>
public enum AuthMode
{
    /// <summary>Open: anyone who reaches the endpoint may query it (the embedded default, on loopback).</summary>
    None,

    /// <summary>Callers present JWT bearer tokens of <c>Auth:Authority</c> for <c>Auth:Audience</c>; the upstream is called with the gateway's own client credentials.</summary>
    Service,

    /// <summary>Callers present their own Genesys Cloud bearer token, which the gateway forwards upstream; cache entries are those of the caller's organization.</summary>
    PassThrough,
}
