namespace GenesysCloud.Simulator.Endpoints;

internal static class EndpointIds
{
    /// <summary>The id in canonical form (lower-case, dashed), or false when it is not a GUID.</summary>
    public static bool TryNormalize(string? value, out string id)
    {
        if (Guid.TryParse(value, out var guid))
        {
            id = guid.ToString("D");
            return true;
        }

        id = "";
        return false;
    }
}
