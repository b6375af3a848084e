using System.Security.Claims;
using Gateway.Transport.Errors;
using GraphQL;

namespace Gateway.Transport.Authentication;

/// <summary>What an <see cref="IGraphQLRequestAuthenticator"/> decided: a principal, or the error the client gets.</summary>
public sealed class GraphQLAuthenticationResult
{
    private GraphQLAuthenticationResult(ClaimsPrincipal? principal, ExecutionError? error)
    {
        Principal = principal;
        Error = error;
    }

    /// <summary>The authenticated caller; null when refused.</summary>
    public ClaimsPrincipal? Principal { get; }

    /// <summary>
    /// The refusal the client is answered with (its status when it has one, <see cref="IHasHttpStatusCode"/>; 401 with
    /// <c>UNAUTHENTICATED</c> otherwise); null on success.
    /// </summary>
    public ExecutionError? Error { get; }

    /// <summary>True when the caller is authenticated.</summary>
    public bool Succeeded => Principal is not null;

    /// <summary>The caller is <paramref name="principal"/>.</summary>
    public static GraphQLAuthenticationResult Success(ClaimsPrincipal principal)
    {
        ArgumentNullException.ThrowIfNull(principal);
        return new GraphQLAuthenticationResult(principal, null);
    }

    /// <summary>Refused: 401 with <paramref name="message"/>, which must be safe to show (never the token or why a key failed).</summary>
    public static GraphQLAuthenticationResult Unauthenticated(string message) => new(null, new UnauthenticatedError(message));

    /// <summary>Refused with another error (e.g. the identity provider is unreachable: a 503).</summary>
    public static GraphQLAuthenticationResult Fail(ExecutionError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return new GraphQLAuthenticationResult(null, error);
    }
}
