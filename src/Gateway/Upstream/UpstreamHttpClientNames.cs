namespace Gateway.Upstream;

/// <summary>Names of the HttpClients and resilience pipelines the upstream registration adds.</summary>
internal static class UpstreamHttpClientNames
{
    /// <summary>The token endpoint's client: no <see cref="OAuthTokenHandler"/>, or a token fetch would need a token.</summary>
    public const string OAuth = "Genesys.OAuth";

    /// <summary>The resilience pipeline of the API client.</summary>
    public const string ApiPipeline = "genesys-api";

    /// <summary>The resilience pipeline of the token client.</summary>
    public const string OAuthPipeline = "genesys-oauth";
}
