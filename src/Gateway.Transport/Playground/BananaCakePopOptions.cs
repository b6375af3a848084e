using System.ComponentModel.DataAnnotations;

namespace Gateway.Transport.Playground;

/// <summary>
/// Settings of the Banana Cake Pop IDE served at the GraphQL endpoint, bound from the configuration section
/// <see cref="SectionName"/> and validated at start-up.
/// </summary>
public sealed class BananaCakePopOptions
{
    /// <summary>The configuration section the options are bound from.</summary>
    public const string SectionName = "GraphQL:Playground";

    /// <summary>
    /// Whether a browser that opens the endpoint gets the IDE. Unset means off; the host picks its own default
    /// (e.g. on in Development) by post-configuring the options.
    /// </summary>
    public bool? Enabled { get; set; }

    /// <summary>The IDE's title (the browser tab's title ends with it).</summary>
    [Required]
    public string Title { get; set; } = "Banana Cake Pop";

    /// <summary>The document a new tab starts with; unset, the IDE's own empty document.</summary>
    public string? Document { get; set; }

    /// <summary>
    /// The folder holding the IDE's static build (<c>index.html</c>, <c>static/…</c>): absolute, or relative to the
    /// application's base directory, where the build copies it.
    /// </summary>
    [Required]
    public string AssetsPath { get; set; } = "bananacakepop";

    /// <summary>
    /// How to install the static build when it is missing, said in the start-up log and on the page a browser gets
    /// instead of the IDE.
    /// </summary>
    [Required]
    public string InstallHint { get; set; } =
        "install the npm package @chillicream/bananacakepop-graphql-ide and copy its files into the assets folder";

    /// <summary>The assets folder in effect: <see cref="AssetsPath"/> resolved against the application's base directory.</summary>
    public string ResolveAssetsPath() => Path.GetFullPath(AssetsPath, AppContext.BaseDirectory);
}
