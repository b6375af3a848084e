namespace GenesysCloud.Models;

/// <summary>A web page of a journey.</summary>
public sealed record JourneyPage
{
    /// <summary>The page URL.</summary>
    public string? Url { get; init; }

    /// <summary>Title of the page.</summary>
    public string? Title { get; init; }

    /// <summary>Domain of the page's URL.</summary>
    public string? Domain { get; init; }

    /// <summary>Fragment or hash of the page's URL.</summary>
    public string? Fragment { get; init; }

    /// <summary>Hostname of the page's URL.</summary>
    public string? Hostname { get; init; }

    /// <summary>Keywords from the HTML meta tag of the page.</summary>
    public string? Keywords { get; init; }

    /// <summary>ISO 639-1 language code for the page as defined in the html tag.</summary>
    public string? Lang { get; init; }

    /// <summary>Path name of the page for the event.</summary>
    public string? Pathname { get; init; }

    /// <summary>Query string that is passed to the page in the current event.</summary>
    public string? QueryString { get; init; }

    /// <summary>Hierarchy of the current page in relation to the website's structure.</summary>
    public List<string>? Breadcrumb { get; init; }
}
