using Microsoft.Extensions.Options;

namespace Gateway.Upstream;

/// <summary>
/// Fails start-up on a <c>Genesys</c> section the client cannot work with: a client id without its secret, or a
/// base URL that is not absolute http(s). Messages name the key, never the value (a URL may carry credentials).
/// </summary>
public sealed class GenesysOptionsValidator : IValidateOptions<GenesysOptions>
{
    public ValidateOptionsResult Validate(string? name, GenesysOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        const string Section = GenesysOptions.SectionName;

        if (!string.IsNullOrWhiteSpace(options.ClientId) && string.IsNullOrEmpty(options.ClientSecret))
        {
            failures.Add($"{Section}:ClientSecret is required when {Section}:ClientId is set.");
        }

        CheckBaseUrl(options.ApiBaseUrl, nameof(options.ApiBaseUrl), "api.", options.Region, failures);
        CheckBaseUrl(options.LoginBaseUrl, nameof(options.LoginBaseUrl), "login.", options.Region, failures);

        if (options.TotalTimeoutSeconds < options.AttemptTimeoutSeconds)
        {
            failures.Add($"{Section}:TotalTimeoutSeconds must be at least {Section}:AttemptTimeoutSeconds.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void CheckBaseUrl(Uri? configured, string key, string hostPrefix, string region, List<string> failures)
    {
        const string Section = GenesysOptions.SectionName;
        if (configured is not null)
        {
            if (!IsAbsoluteHttp(configured))
            {
                failures.Add($"{Section}:{key} must be an absolute http or https URL.");
            }
        }
        else if (string.IsNullOrWhiteSpace(region) || Uri.CheckHostName(hostPrefix + region) != UriHostNameType.Dns)
        {
            // No override: the URL comes from the region, which must make a host name.
            failures.Add($"{Section}:Region must be a host name such as mypurecloud.com (needed for {Section}:{key}).");
        }
    }

    private static bool IsAbsoluteHttp(Uri uri)
        => uri.IsAbsoluteUri && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp) && !string.IsNullOrEmpty(uri.Host);
}
