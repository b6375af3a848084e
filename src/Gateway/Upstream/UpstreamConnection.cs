namespace Gateway.Upstream;

/// <summary>
/// Where the upstream is and which credentials to present, in effect now: taken from <see cref="GenesysOptions"/>,
/// or, in the embedded default, set once by the in-process simulator when it has started on its port.
/// </summary>
public sealed class UpstreamConnection
{
    private volatile Settings _settings;

    public UpstreamConnection(Uri apiBaseUrl, Uri loginBaseUrl, string clientId, string clientSecret)
        => _settings = new Settings(apiBaseUrl, loginBaseUrl, clientId, clientSecret);

    public Uri ApiBaseUrl => _settings.ApiBaseUrl;

    public Uri LoginBaseUrl => _settings.LoginBaseUrl;

    public string ClientId => _settings.ClientId;

    public string ClientSecret => _settings.ClientSecret;

    /// <summary>Points the gateway at another upstream (the embedded simulator once it listens).</summary>
    public void Use(Uri apiBaseUrl, Uri loginBaseUrl, string clientId, string clientSecret)
        => _settings = new Settings(apiBaseUrl, loginBaseUrl, clientId, clientSecret);

    private sealed record Settings(Uri ApiBaseUrl, Uri LoginBaseUrl, string ClientId, string ClientSecret);
}
