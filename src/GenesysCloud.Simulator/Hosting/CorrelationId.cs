namespace GenesysCloud.Simulator.Hosting;

/// <summary>The platform's per-request correlation id: the <c>ININ-Correlation-Id</c> header and an error's <c>contextId</c>.</summary>
internal static class CorrelationId
{
    public const string HeaderName = "ININ-Correlation-Id";

    private static readonly object ItemKey = new();

    /// <summary>Gives the request its id and answers it in the header; idempotent.</summary>
    public static string Ensure(HttpContext context)
    {
        if (context.Items.TryGetValue(ItemKey, out var existing) && existing is string id)
        {
            return id;
        }

        id = Guid.NewGuid().ToString();
        context.Items[ItemKey] = id;
        context.Response.Headers[HeaderName] = id;
        return id;
    }

    public static string Get(HttpContext context) => Ensure(context);
}
