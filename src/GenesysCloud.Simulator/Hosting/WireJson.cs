using System.Text.Encodings.Web;
using System.Text.Json;
using GenesysCloud.Models;

namespace GenesysCloud.Simulator.Hosting;

/// <summary>
/// The models' source-generated context with the platform's escaping: '+', '&amp;' and '\'' written as they are
/// (the default encoder writes <c>\u002B</c>), so bodies read like the real API's. Same records, same names.
/// </summary>
internal static class WireJson
{
    public static GenesysJsonContext Context { get; } = new(new JsonSerializerOptions(GenesysJsonContext.Default.Options)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });
}
