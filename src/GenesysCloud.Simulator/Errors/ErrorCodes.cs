namespace GenesysCloud.Simulator.Errors;

/// <summary>The platform's error codes (the <c>code</c> of its error body) the simulator answers with.</summary>
internal static class ErrorCodes
{
    public const string BadRequest = "bad.request";
    public const string AuthenticationRequired = "authentication.required";
    public const string BadCredentials = "bad.credentials";
    public const string MissingPermissions = "missing.permissions";
    public const string NotFound = "not.found";
    public const string RequestTimeout = "request.timeout";
    public const string Conflict = "conflict";
    public const string TooManyRequests = "too.many.requests";
    public const string InternalServerError = "internal.server.error";
    public const string BadGateway = "bad.gateway";
    public const string ServiceUnavailable = "service.unavailable";
    public const string GatewayTimeout = "gateway.timeout";

    /// <summary>A subscription that would put more topics on a channel than it may hold.</summary>
    public const string NotificationTopicLimitExceeded = "notification.topic.limit.exceeded";

    /// <summary>The code and message the platform pairs with an HTTP status.</summary>
    public static (string Code, string Message) ForStatus(int status) => status switch
    {
        400 => (BadRequest, "The request could not be understood by the server due to malformed syntax."),
        401 => (BadCredentials, "Invalid login credentials."),
        403 => (MissingPermissions, "Unable to perform the requested action. You are missing the following permission(s): []"),
        404 => (NotFound, "The requested resource was not found."),
        408 => (RequestTimeout, "The request timed out."),
        411 => (BadRequest, "A request body must be sent with a Content-Length."),
        409 => (Conflict, "The request conflicts with the current state of the resource."),
        429 => (TooManyRequests, "Rate limit exceeded the maximum."),
        502 => (BadGateway, "The server received an invalid response from an upstream server."),
        503 => (ServiceUnavailable, "Service Unavailable - The server is currently unavailable (because it is overloaded or down for maintenance)."),
        504 => (GatewayTimeout, "The request timed out."),
        >= 500 => (InternalServerError, "The server encountered an unexpected condition which prevented it from fulfilling the request."),
        _ => (BadRequest, "The request could not be completed."),
    };
}
