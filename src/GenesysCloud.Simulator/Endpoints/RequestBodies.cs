using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using GenesysCloud.Simulator.Errors;

namespace GenesysCloud.Simulator.Endpoints;

internal static class RequestBodies
{
    /// <summary>Reads a JSON body; a missing or malformed body is the platform's 400, not the framework's.</summary>
    public static async Task<(T? Body, IResult? Error)> ReadAsync<T>(HttpContext context, JsonTypeInfo<T> typeInfo)
        where T : class
    {
        try
        {
            var body = await JsonSerializer.DeserializeAsync(context.Request.Body, typeInfo, context.RequestAborted);
            return body is null
                ? (null, ApiErrors.BadRequest(context, "A request body is required."))
                : (body, null);
        }
        catch (JsonException exception)
        {
            return (null, ApiErrors.BadRequest(context, $"The request body is not valid: {exception.Message}"));
        }
    }
}
