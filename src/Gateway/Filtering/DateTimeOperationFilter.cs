namespace Gateway.Filtering;

/// <summary>
/// Turns a <see cref="DateTimeOperationFilterInput"/> into a predicate with HotChocolate's in-memory semantics:
/// values compare as instants; <c>eq</c>/<c>neq</c>/<c>in</c>/<c>nin</c> compare a missing value like any other
/// (so <c>eq: null</c> matches it); <c>gt</c>/<c>gte</c>/<c>lt</c>/<c>lte</c> never match a missing value and
/// their negations (<c>ngt</c>, …) always do; <c>null</c> for an ordering operation or a list is refused.
/// </summary>
public static class DateTimeOperationFilter
{
    public static Func<DateTimeOffset?, bool> Compile(DateTimeOperationFilterInput input, string path, string argumentName = "where")
    {
        var conditions = new List<Func<DateTimeOffset?, bool>>();

        if (input.Eq is { } eq)
        {
            var expected = eq.Value;
            conditions.Add(value => value == expected);
        }

        if (input.Neq is { } neq)
        {
            var excluded = neq.Value;
            conditions.Add(value => value != excluded);
        }

        if (input.In is { } @in)
        {
            var set = RequiredList(@in, path, "in", argumentName);
            conditions.Add(value => set.Contains(value));
        }

        if (input.Nin is { } nin)
        {
            var set = RequiredList(nin, path, "nin", argumentName);
            conditions.Add(value => !set.Contains(value));
        }

        // Lifted comparisons: false whenever the value is missing, so the negations are true for it.
        AddOrdering(input.Gt, "gt", (value, bound) => value > bound);
        AddOrdering(input.Ngt, "ngt", (value, bound) => !(value > bound));
        AddOrdering(input.Gte, "gte", (value, bound) => value >= bound);
        AddOrdering(input.Ngte, "ngte", (value, bound) => !(value >= bound));
        AddOrdering(input.Lt, "lt", (value, bound) => value < bound);
        AddOrdering(input.Nlt, "nlt", (value, bound) => !(value < bound));
        AddOrdering(input.Lte, "lte", (value, bound) => value <= bound);
        AddOrdering(input.Nlte, "nlte", (value, bound) => !(value <= bound));

        return conditions.Count switch
        {
            0 => static _ => true,
            1 => conditions[0],
            _ => value => conditions.TrueForAll(condition => condition(value)),
        };

        void AddOrdering(FilterValue<DateTimeOffset?>? operand, string operation, Func<DateTimeOffset?, DateTimeOffset, bool> compare)
        {
            if (operand is null)
            {
                return;
            }

            var bound = operand.Value ?? throw FilterErrors.NullNotSupported($"{path}.{operation}", argumentName);
            conditions.Add(value => compare(value, bound));
        }
    }

    private static IReadOnlyList<DateTimeOffset?> RequiredList(FilterValue<IReadOnlyList<DateTimeOffset?>?> operand, string path, string operation, string argumentName)
        => operand.Value ?? throw FilterErrors.NullNotSupported($"{path}.{operation}", argumentName);
}
