using Gateway.Transport.PersistedOperations;
using Microsoft.Extensions.Options;

namespace Gateway.PersistedOperations;

/// <summary>Fails the start when trusted-only mode has no manifest, or a configured manifest cannot be read.</summary>
public sealed class PersistedOperationStoreOptionsValidation(IOptions<PersistedOperationOptions> protocol) : IValidateOptions<PersistedOperationStoreOptions>
{
    public ValidateOptionsResult Validate(string? name, PersistedOperationStoreOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var path = options.ResolveManifestPath();
        if (path is null)
        {
            return protocol.Value.Mode == PersistedOperationMode.TrustedOnly
                ? ValidateOptionsResult.Fail($"{PersistedOperationStoreOptions.SectionName}:Mode is TrustedOnly, so {PersistedOperationStoreOptions.SectionName}:ManifestPath must name the manifest of trusted operations.")
                : ValidateOptionsResult.Success;
        }

        try
        {
            PersistedOperationManifest.Load(path);
            return ValidateOptionsResult.Success;
        }
        catch (InvalidDataException ex)
        {
            return ValidateOptionsResult.Fail($"{PersistedOperationStoreOptions.SectionName}:ManifestPath: {ex.Message}");
        }
    }
}
