namespace Gateway.Filtering;

/// <summary>
/// Operations on a string field, HotChocolate.Data style. Every operation given must hold (AND); <see cref="And"/>
/// and <see cref="Or"/> nest further conditions on the same field.
/// </summary>
public sealed record StringOperationFilterInput
{
    public IReadOnlyList<StringOperationFilterInput>? And { get; init; }

    public IReadOnlyList<StringOperationFilterInput>? Or { get; init; }

    public FilterValue<string?>? Eq { get; init; }

    public FilterValue<string?>? Neq { get; init; }

    public FilterValue<string?>? Contains { get; init; }

    public FilterValue<string?>? Ncontains { get; init; }

    public FilterValue<IReadOnlyList<string?>?>? In { get; init; }

    public FilterValue<IReadOnlyList<string?>?>? Nin { get; init; }

    public FilterValue<string?>? StartsWith { get; init; }

    public FilterValue<string?>? NstartsWith { get; init; }

    public FilterValue<string?>? EndsWith { get; init; }

    public FilterValue<string?>? NendsWith { get; init; }
}
