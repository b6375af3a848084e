using GenesysCloud.Models;
using GenesysCloud.Simulator.Hosting;

namespace GenesysCloud.Simulator.Errors;

/// <summary>Builds the platform's error body (<see cref="ErrorBody"/>) for a failed call.</summary>
internal static class ApiErrors
{
    public static IResult Error(HttpContext context, int status, string? code = null, string? message = null,
        IDictionary<string, string>? messageParams = null)
    {
        var defaults = ErrorCodes.ForStatus(status);
        var body = new ErrorBody
        {
            Message = message ?? defaults.Message,
            Code = code ?? defaults.Code,
            Status = status,
            MessageParams = messageParams is null ? null : new Dictionary<string, string>(messageParams),
            ContextId = CorrelationId.Get(context),
            Details = [],
            Errors = [],
        };
        return TypedResults.Json(body, WireJson.Context.ErrorBody, statusCode: status);
    }

    public static IResult NotFound(HttpContext context, string message) =>
        Error(context, StatusCodes.Status404NotFound, ErrorCodes.NotFound, message);

    public static IResult BadRequest(HttpContext context, string message) =>
        Error(context, StatusCodes.Status400BadRequest, ErrorCodes.BadRequest, message);

    /// <summary>A 400 for an id that is not a GUID, as the platform answers before any lookup.</summary>
    public static IResult MalformedId(HttpContext context, string name, string value) =>
        BadRequest(context, $"The value {value} of {name} is not a valid id.");
}
