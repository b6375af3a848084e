namespace Gateway.Filtering;

/// <summary>Operations on a date-time field, HotChocolate.Data style; every operation given must hold (AND).</summary>
public sealed record DateTimeOperationFilterInput
{
    public FilterValue<DateTimeOffset?>? Eq { get; init; }

    public FilterValue<DateTimeOffset?>? Neq { get; init; }

    public FilterValue<IReadOnlyList<DateTimeOffset?>?>? In { get; init; }

    public FilterValue<IReadOnlyList<DateTimeOffset?>?>? Nin { get; init; }

    public FilterValue<DateTimeOffset?>? Gt { get; init; }

    public FilterValue<DateTimeOffset?>? Ngt { get; init; }

    public FilterValue<DateTimeOffset?>? Gte { get; init; }

    public FilterValue<DateTimeOffset?>? Ngte { get; init; }

    public FilterValue<DateTimeOffset?>? Lt { get; init; }

    public FilterValue<DateTimeOffset?>? Nlt { get; init; }

    public FilterValue<DateTimeOffset?>? Lte { get; init; }

    public FilterValue<DateTimeOffset?>? Nlte { get; init; }
}
