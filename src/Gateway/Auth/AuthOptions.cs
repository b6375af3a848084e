using System.ComponentModel.DataAnnotations;

namespace Gateway.Auth;

/// <summary>The <c>Auth</c> configuration section: who may call the gateway.</summary>
public sealed class AuthOptions : IValidatableObject
{
    public const string SectionName = "Auth";

    /// <summary><see cref="AuthMode.None"/> unless set.</summary>
    public AuthMode Mode { get; set; } = AuthMode.None;

    /// <summary>Service mode: the token issuer's base URL; its OpenID Connect discovery document names the signing keys.</summary>
    public Uri? Authority { get; set; }

    /// <summary>Service mode: the audience (<c>aud</c>) a token must be issued for.</summary>
    public string? Audience { get; set; }

    /// <summary>Service mode: the discovery document's address when it is not under <see cref="Authority"/> (an internal mirror).</summary>
    public Uri? MetadataAddress { get; set; }

    /// <summary>Service mode: refuse an authority or metadata address over plain http (off only for a loopback test authority).</summary>
    public bool RequireHttpsMetadata { get; set; } = true;

    /// <summary>Pass-through mode: how long a token's organization is remembered (by the token's SHA-256 hash).</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan OrganizationLookupDuration { get; set; } = TimeSpan.FromMinutes(10);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Mode != AuthMode.Service)
        {
            yield break;
        }

        if (Authority is null && MetadataAddress is null)
        {
            yield return new ValidationResult($"{SectionName}:Authority (or {SectionName}:MetadataAddress) is required when {SectionName}:Mode is Service.", [nameof(Authority)]);
        }

        if (string.IsNullOrWhiteSpace(Audience))
        {
            yield return new ValidationResult($"{SectionName}:Audience is required when {SectionName}:Mode is Service.", [nameof(Audience)]);
        }

        foreach (var (uri, key) in new[] { (Authority, nameof(Authority)), (MetadataAddress, nameof(MetadataAddress)) })
        {
            if (uri is not null && (!uri.IsAbsoluteUri || (uri.Scheme != Uri.UriSchemeHttps && (RequireHttpsMetadata || uri.Scheme != Uri.UriSchemeHttp))))
            {
                yield return new ValidationResult($"{SectionName}:{key} must be an absolute https URL (http only with {SectionName}:RequireHttpsMetadata=false).", [key]);
            }
        }
    }
}
