using System.ComponentModel.DataAnnotations;

namespace Gateway.Limits;

/// <summary>The <c>GraphQL:Limits:Introspection</c> section. <c>__typename</c> is always allowed.</summary>
public sealed class IntrospectionLimitsOptions
{
    /// <summary>
    /// Whether <c>__schema</c> and <c>__type</c> are answered. Unset: on in Development and on the embedded simulator
    /// (the IDE and the tests introspect it), off against a real organization in any other environment.
    /// </summary>
    public bool? Enabled { get; set; }

    /// <summary>Most <c>__schema</c>/<c>__type</c> fields in one operation, with fragments expanded (aliased fan-out).</summary>
    [Range(1, 1_000)]
    public int MaxFields { get; set; } = 2;

    /// <summary>Deepest nesting of <c>ofType</c> (type references) in one operation.</summary>
    [Range(1, 100)]
    public int MaxOfTypeDepth { get; set; } = 12;
}
