namespace Gateway.Limits;

/// <summary>
/// What an operation asks for, as if every fragment were inlined where it is spread: what the limits are checked against.
/// Counts are doubles so an exponential expansion saturates instead of overflowing.
/// </summary>
public sealed record OperationShape
{
    public int Depth { get; init; }

    public double Fields { get; init; }

    public double Aliases { get; init; }

    public double RootFields { get; init; }

    public double FragmentSpreads { get; init; }

    public int MaxDirectivesPerLocation { get; init; }

    public double Cost { get; init; }

    /// <summary><c>__schema</c> and <c>__type</c> fields.</summary>
    public double IntrospectionFields { get; init; }

    /// <summary>Deepest nesting of <c>ofType</c>.</summary>
    public int OfTypeDepth { get; init; }
}
