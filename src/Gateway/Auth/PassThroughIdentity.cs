using System.Security.Claims;

namespace Gateway.Auth;

/// <summary>
/// A pass-through caller: the organization its Genesys Cloud token acts in (a claim) and the token itself, kept as a
/// property rather than a claim so that nothing that lists claims ever shows it.
/// </summary>
public sealed class PassThroughIdentity : ClaimsIdentity
{
    public const string AuthenticationTypeName = "GenesysPassThrough";

    /// <summary>The claim holding the caller's organization id.</summary>
    public const string OrganizationClaim = "genesys_organization_id";

    public PassThroughIdentity(string accessToken, string organizationId)
        : base([new Claim(OrganizationClaim, organizationId)], AuthenticationTypeName)
    {
        ArgumentException.ThrowIfNullOrEmpty(accessToken);
        AccessToken = accessToken;
        OrganizationId = organizationId;
    }

    /// <summary>The caller's bearer token, forwarded upstream.</summary>
    public string AccessToken { get; }

    /// <summary>The organization the token acts in: the tenant of the caller's cache entries.</summary>
    public string OrganizationId { get; }
}
