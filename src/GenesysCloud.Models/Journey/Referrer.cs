namespace GenesysCloud.Models;

/// <summary>The page that originally generated the request for the current page.</summary>
public sealed record Referrer
{
    /// <summary>Referrer URL.</summary>
    public string? Url { get; init; }

    /// <summary>Referrer URL domain.</summary>
    public string? Domain { get; init; }

    /// <summary>Referrer URL hostname.</summary>
    public string? Hostname { get; init; }

    /// <summary>Referrer keywords.</summary>
    public string? Keywords { get; init; }

    /// <summary>Referrer URL pathname.</summary>
    public string? Pathname { get; init; }

    /// <summary>Referrer URL querystring.</summary>
    public string? QueryString { get; init; }

    /// <summary>Referrer URL fragment.</summary>
    public string? Fragment { get; init; }

    /// <summary>Name of referrer (e.g. Yahoo!, Google, InfoSpace).</summary>
    public string? Name { get; init; }

    /// <summary>Type of referrer (internal, search, social, email, unknown, paid).</summary>
    public string? Medium { get; init; }
}
