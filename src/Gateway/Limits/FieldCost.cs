namespace Gateway.Limits;

/// <summary>
/// A field's weight for the cost ceiling, kept in the field's metadata (<see cref="FieldCostExtensions"/>). The cost of a
/// field is its list size × (<see cref="Weight"/> + the cost of its selections).
/// </summary>
/// <param name="Weight">What one value of the field costs: an upstream-backed field (a DataLoader or an upstream call) more than an in-memory one.</param>
/// <param name="SizeArgument">The argument that gives the list size: an integer (<c>first</c>) or a list whose length counts (<c>ids</c>).</param>
/// <param name="AssumedSize">The list size when the argument is absent and has no default, or when there is no such argument.</param>
/// <param name="SizedFields">
/// The child fields the size applies to, for a connection whose lists are one level down (<c>nodes</c>, <c>edges</c>);
/// empty, it applies to this field.
/// </param>
public sealed record FieldCost(double Weight, string? SizeArgument = null, int? AssumedSize = null, IReadOnlyList<string>? SizedFields = null)
{
    /// <summary>The metadata key of a <see cref="FieldCost"/> on a <c>FieldType</c>.</summary>
    public const string MetadataKey = "Gateway.Limits.FieldCost";

    /// <summary>Whether the field states a list size (an argument or an assumed size).</summary>
    public bool HasListSize => SizeArgument is not null || AssumedSize is not null;

    /// <summary>The sentence appended to the field's description, so the weights are visible in the SDL and the IDE.</summary>
    public string Describe()
    {
        var size = (SizeArgument, AssumedSize) switch
        {
            ({ } argument, { } assumed) => $"`{argument}` (assumed {assumed} when absent)",
            ({ } argument, null) => $"`{argument}`",
            (null, { } assumed) => $"assumed {assumed}",
            _ => null,
        };
        return (size, SizedFields) switch
        {
            (null, _) => $"Cost: {Weight:0.##}.",
            (_, { Count: > 0 }) => $"Cost: {Weight:0.##}; `{string.Join("`, `", SizedFields)}` sized by {size}.",
            _ => $"Cost: {Weight:0.##} per item; list size: {size}.",
        };
    }
}
