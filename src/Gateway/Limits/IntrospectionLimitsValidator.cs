using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace Gateway.Limits;

/// <summary>Validates the nested <c>GraphQL:Limits:Introspection</c> section, which data annotations on the outer options do not reach.</summary>
public sealed class IntrospectionLimitsValidator : IValidateOptions<OperationLimitsOptions>
{
    public ValidateOptionsResult Validate(string? name, OperationLimitsOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var results = new List<ValidationResult>();
        return Validator.TryValidateObject(options.Introspection, new ValidationContext(options.Introspection), results, validateAllProperties: true)
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(results.Select(r => $"{OperationLimitsOptions.SectionName}:Introspection: {r.ErrorMessage}"));
    }
}
