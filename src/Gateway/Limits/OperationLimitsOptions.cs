using System.ComponentModel.DataAnnotations;

namespace Gateway.Limits;

/// <summary>
/// The <c>GraphQL:Limits</c> section: what one operation may ask for, checked before it runs (size, shape, cost,
/// introspection) and while it runs (time, response size). Every limit is on by default; a refusal is a GraphQL
/// error with a stable <c>extensions.code</c> (<see cref="OperationLimitCodes"/>).
/// </summary>
public sealed class OperationLimitsOptions
{
    public const string SectionName = "GraphQL:Limits";

    /// <summary>Longest query text, in characters, checked before anything is lexed or parsed.</summary>
    [Range(1, 10_000_000)]
    public int MaxDocumentLength { get; set; } = 32 * 1024;

    /// <summary>Most lexical tokens in the query text (names, punctuation, values), counted before the document is parsed.</summary>
    [Range(1, 10_000_000)]
    public int MaxTokens { get; set; } = 5_000;

    /// <summary>Deepest nesting of fields, with fragments expanded.</summary>
    [Range(1, 1_000)]
    public int MaxDepth { get; set; } = 15;

    /// <summary>Most aliased fields in an operation, with fragments expanded.</summary>
    [Range(0, 100_000)]
    public int MaxAliases { get; set; } = 50;

    /// <summary>Most fields at the root of an operation, with fragments expanded.</summary>
    [Range(1, 100_000)]
    public int MaxRootFields { get; set; } = 20;

    /// <summary>Most fields in an operation as if every fragment were inlined where it is spread.</summary>
    [Range(1, 10_000_000)]
    public int MaxFields { get; set; } = 1_000;

    /// <summary>Most fragment spreads in an operation as if every fragment were inlined (an exponential expansion is refused here).</summary>
    [Range(0, 10_000_000)]
    public int MaxFragmentSpreads { get; set; } = 250;

    /// <summary>Most directives on one location (a field, a fragment spread, an inline fragment, an operation, a fragment definition).</summary>
    [Range(0, 1_000)]
    public int MaxDirectivesPerLocation { get; set; } = 5;

    /// <summary>Highest cost of one operation, computed from the schema's field weights (see the README's Limits section).</summary>
    [Range(1, double.MaxValue)]
    public double MaxCost { get; set; } = 100_000;

    /// <summary>Items assumed for a list field whose size the schema does not state.</summary>
    [Range(1, 100_000)]
    public int DefaultListSize { get; set; } = 10;

    /// <summary>Longest a query or mutation may run; past it the operation is cancelled (upstream calls too) and answered with an error.</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "01:00:00")]
    public TimeSpan ExecutionTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Largest response, in estimated bytes of its JSON <c>data</c>; a larger one is answered with an error instead.</summary>
    [Range(1, long.MaxValue)]
    public long MaxResponseBytes { get; set; } = 4 * 1024 * 1024;

    /// <summary>Introspection: whether it is answered, and how much of it one operation may ask for.</summary>
    public IntrospectionLimitsOptions Introspection { get; set; } = new();
}
