using GraphQL.Builders;
using GraphQL.Types;

namespace Gateway.Limits;

/// <summary>Sets a field's <see cref="FieldCost"/> where the schema type declares the field.</summary>
public static class FieldCostExtensions
{
    /// <summary>Weight of an upstream-backed field that resolves one value (through a DataLoader or an upstream call).</summary>
    public const double UpstreamWeight = 10;

    /// <summary>The field costs <paramref name="weight"/> for each value it resolves.</summary>
    public static FieldBuilder<TSource, TReturn> WithCost<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field, double weight)
    {
        ArgumentNullException.ThrowIfNull(field);
        field.FieldType.WithCost(new FieldCost(weight));
        return field;
    }

    /// <summary>
    /// The field costs <paramref name="weight"/> per item of a list sized by <paramref name="sizeArgument"/> (an integer,
    /// or a list whose length counts), or <paramref name="assumedSize"/> when there is none; with
    /// <paramref name="sizedFields"/>, the size applies to those child fields (a connection's <c>nodes</c> and <c>edges</c>).
    /// </summary>
    public static FieldBuilder<TSource, TReturn> WithListCost<TSource, TReturn>(
        this FieldBuilder<TSource, TReturn> field, double weight, string? sizeArgument = null, int? assumedSize = null, params string[] sizedFields)
    {
        ArgumentNullException.ThrowIfNull(field);
        field.FieldType.WithCost(new FieldCost(weight, sizeArgument, assumedSize, sizedFields.Length == 0 ? null : sizedFields));
        return field;
    }

    /// <summary>Sets <paramref name="cost"/> on <paramref name="field"/>.</summary>
    public static FieldType WithCost(this FieldType field, FieldCost cost)
    {
        ArgumentNullException.ThrowIfNull(field);
        field.Metadata[FieldCost.MetadataKey] = cost;
        return field;
    }

    /// <summary>The field's <see cref="FieldCost"/>, or null when it has the defaults.</summary>
    public static FieldCost? GetCost(this IFieldType field)
    {
        ArgumentNullException.ThrowIfNull(field);
        return field.GetMetadata<FieldCost?>(FieldCost.MetadataKey);
    }
}
