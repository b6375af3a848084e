using System.Net.Http.Headers;
using System.Text;
using GenesysCloud.Models;
using GenesysCloud.Simulator.Hosting;
using Microsoft.Net.Http.Headers;

namespace GenesysCloud.Simulator.Auth;

/// <summary>
/// <c>POST /oauth/token</c>: the client-credentials grant of the platform's login service, client id and
/// secret in HTTP Basic, answering the OAuth error shape (not the API error body) on failure.
/// </summary>
internal static class OAuthTokenEndpoint
{
    public const string Path = "/oauth/token";

    public static RouteHandlerBuilder MapOAuthToken(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost(Path, IssueAsync).WithSimulatorRoute(SimulatorRoutes.OAuthToken, requiresToken: false);

    private static async Task<IResult> IssueAsync(HttpContext context, SimulatorTokenStore tokens, ILogger<SimulatorTokenStore> logger)
    {
        if (!context.Request.HasFormContentType)
        {
            return Refuse(logger, StatusCodes.Status400BadRequest, "invalid_request", "content type must be application/x-www-form-urlencoded");
        }

        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        var grantType = form["grant_type"].ToString();
        if (string.IsNullOrEmpty(grantType))
        {
            return Refuse(logger, StatusCodes.Status400BadRequest, "invalid_request", "grant_type is required");
        }

        if (!ReadBasicCredentials(context, out var clientId, out var clientSecret))
        {
            return Refuse(logger, StatusCodes.Status401Unauthorized, "invalid_client", "client authentication is required");
        }

        var client = tokens.Authenticate(clientId, clientSecret);
        if (client is null)
        {
            return Refuse(logger, StatusCodes.Status401Unauthorized, "invalid_client", "authentication failed");
        }

        if (!string.Equals(grantType, "client_credentials", StringComparison.Ordinal))
        {
            return Refuse(logger, StatusCodes.Status400BadRequest, "unsupported_grant_type", "grant type is not supported");
        }

        var token = tokens.Issue(client);
        SimulatorLog.TokenIssued(logger, client.ClientId);
        context.Response.Headers.CacheControl = "no-store";
        return TypedResults.Json(
            new OAuthTokenResponse
            {
                AccessToken = token.AccessToken,
                TokenType = "bearer",
                ExpiresIn = (int)tokens.Lifetime.TotalSeconds,
            },
            WireJson.Context.OAuthTokenResponse);
    }

    private static bool ReadBasicCredentials(HttpContext context, out string clientId, out string clientSecret)
    {
        clientId = clientSecret = "";
        if (!AuthenticationHeaderValue.TryParse(context.Request.Headers[HeaderNames.Authorization], out var header)
            || !string.Equals(header.Scheme, "Basic", StringComparison.OrdinalIgnoreCase)
            || header.Parameter is null)
        {
            return false;
        }

        string decoded;
        try
        {
            decoded = Encoding.UTF8.GetString(Convert.FromBase64String(header.Parameter));
        }
        catch (FormatException)
        {
            return false;
        }

        var colon = decoded.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0)
        {
            return false;
        }

        clientId = decoded[..colon];
        clientSecret = decoded[(colon + 1)..];
        return true;
    }

    private static IResult Refuse(ILogger logger, int status, string error, string description)
    {
        SimulatorLog.TokenRefused(logger, error);
        return TypedResults.Json(
            new OAuthErrorResponse { Error = error, Description = description, ErrorDescription = description },
            WireJson.Context.OAuthErrorResponse,
            statusCode: status);
    }
}
