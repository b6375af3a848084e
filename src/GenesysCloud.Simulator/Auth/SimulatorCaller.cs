namespace GenesysCloud.Simulator.Auth;

/// <summary>Where the authenticated caller of the current request is kept (set by the pipeline filter).</summary>
internal static class SimulatorCaller
{
    private static readonly object ItemKey = new();

    public static void Set(HttpContext context, IssuedToken token) => context.Items[ItemKey] = token;

    public static IssuedToken Get(HttpContext context) =>
        context.Items.TryGetValue(ItemKey, out var value) && value is IssuedToken token
            ? token
            : throw new InvalidOperationException("The request has not been authenticated by the simulator pipeline.");

    /// <summary>The caller's organization id.</summary>
    public static string OrganizationId(HttpContext context) => Get(context).OrganizationId;
}
