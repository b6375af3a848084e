namespace Gateway.Common.Errors;

/// <summary>Every <c>extensions.code</c> the gateway's own errors carry; clients may depend on these.</summary>
public static class GatewayErrorCodes
{
    public const string NotFound = "NOT_FOUND";
    public const string BadUserInput = "BAD_USER_INPUT";
    public const string UpstreamUnauthorized = "UPSTREAM_UNAUTHORIZED";
    public const string UpstreamForbidden = "UPSTREAM_FORBIDDEN";
    public const string UpstreamRateLimited = "UPSTREAM_RATE_LIMITED";

    /// <summary>The gateway's shared upstream budget (<c>Genesys:RateBudget</c>) had no permit before the call's deadline: nothing was sent.</summary>
    public const string UpstreamRateBudgetExhausted = "UPSTREAM_RATE_BUDGET_EXHAUSTED";
    public const string UpstreamTimeout = "UPSTREAM_TIMEOUT";
    public const string UpstreamUnavailable = "UPSTREAM_UNAVAILABLE";
    public const string UpstreamBadRequest = "UPSTREAM_BAD_REQUEST";
    public const string UpstreamError = "UPSTREAM_ERROR";
    public const string InternalError = "INTERNAL_SERVER_ERROR";

    /// <summary>The organization of the upstream credentials could not be found out (its lookup failed): nothing can be read.</summary>
    public const string UpstreamOrganizationUnknown = "UPSTREAM_ORGANIZATION_UNKNOWN";

    /// <summary>Subscriptions are switched off in pass-through mode (the event channel is the gateway's, not the caller's).</summary>
    public const string SubscriptionsUnavailable = "SUBSCRIPTIONS_UNAVAILABLE";
}
