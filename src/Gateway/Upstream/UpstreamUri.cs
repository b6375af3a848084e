namespace Gateway.Upstream;

/// <summary>Builds upstream request URIs so that no caller-supplied value can change the path.</summary>
internal static class UpstreamUri
{
    /// <summary><paramref name="baseUrl"/> (which may carry a path prefix, such as a proxy's) followed by <paramref name="relative"/>.</summary>
    public static Uri Combine(Uri baseUrl, string relative)
    {
        var root = baseUrl.AbsoluteUri;
        return new Uri(root.EndsWith('/') ? root + relative : root + "/" + relative, UriKind.Absolute);
    }

    /// <summary>
    /// Whether <paramref name="id"/> can name an entity in a path segment. <c>.</c> and <c>..</c> survive escaping
    /// and would be resolved as dot segments, so they (and the empty id) name nothing.
    /// </summary>
    public static bool IsAddressable(string id) => id.Length > 0 && id is not "." and not "..";

    /// <summary>One path segment or query value, every reserved character escaped (<c>/</c>, <c>?</c>, <c>#</c>, <c>%</c>).</summary>
    public static string Escape(string value) => Uri.EscapeDataString(value);
}
