namespace Gateway.Filtering;

/// <summary>
/// Turns a <see cref="StringOperationFilterInput"/> into a predicate with HotChocolate's in-memory semantics:
/// ordinal, case-sensitive comparisons; <c>eq</c>/<c>neq</c>/<c>in</c>/<c>nin</c> compare a missing value like any
/// other (so <c>eq: null</c> matches it); <c>contains</c>/<c>startsWith</c>/<c>endsWith</c> never match a missing
/// value and their negations always do; <c>null</c> for any other operation is refused (BAD_USER_INPUT).
/// </summary>
public static class StringOperationFilter
{
    public static Func<string?, bool> Compile(StringOperationFilterInput input, string path, string argumentName = "where")
    {
        var conditions = new List<Func<string?, bool>>();

        if (input.And is { Count: > 0 } and)
        {
            var nested = and.Select((item, i) => Compile(item, $"{path}.and[{i}]", argumentName)).ToArray();
            conditions.Add(value => nested.All(condition => condition(value)));
        }

        if (input.Or is { Count: > 0 } or)
        {
            var nested = or.Select((item, i) => Compile(item, $"{path}.or[{i}]", argumentName)).ToArray();
            conditions.Add(value => nested.Any(condition => condition(value)));
        }

        if (input.Eq is { } eq)
        {
            conditions.Add(value => string.Equals(value, eq.Value, StringComparison.Ordinal));
        }

        if (input.Neq is { } neq)
        {
            conditions.Add(value => !string.Equals(value, neq.Value, StringComparison.Ordinal));
        }

        if (input.Contains is { } contains)
        {
            var text = Required(contains, path, "contains", argumentName);
            conditions.Add(value => value is not null && value.Contains(text, StringComparison.Ordinal));
        }

        if (input.Ncontains is { } ncontains)
        {
            var text = Required(ncontains, path, "ncontains", argumentName);
            conditions.Add(value => value is null || !value.Contains(text, StringComparison.Ordinal));
        }

        if (input.In is { } @in)
        {
            var set = RequiredList(@in, path, "in", argumentName);
            conditions.Add(value => set.Contains(value, StringComparer.Ordinal));
        }

        if (input.Nin is { } nin)
        {
            var set = RequiredList(nin, path, "nin", argumentName);
            conditions.Add(value => !set.Contains(value, StringComparer.Ordinal));
        }

        if (input.StartsWith is { } startsWith)
        {
            var text = Required(startsWith, path, "startsWith", argumentName);
            conditions.Add(value => value is not null && value.StartsWith(text, StringComparison.Ordinal));
        }

        if (input.NstartsWith is { } nstartsWith)
        {
            var text = Required(nstartsWith, path, "nstartsWith", argumentName);
            conditions.Add(value => value is null || !value.StartsWith(text, StringComparison.Ordinal));
        }

        if (input.EndsWith is { } endsWith)
        {
            var text = Required(endsWith, path, "endsWith", argumentName);
            conditions.Add(value => value is not null && value.EndsWith(text, StringComparison.Ordinal));
        }

        if (input.NendsWith is { } nendsWith)
        {
            var text = Required(nendsWith, path, "nendsWith", argumentName);
            conditions.Add(value => value is null || !value.EndsWith(text, StringComparison.Ordinal));
        }

        return conditions.Count switch
        {
            0 => static _ => true,
            1 => conditions[0],
            _ => value => conditions.TrueForAll(condition => condition(value)),
        };
    }

    private static string Required(FilterValue<string?> operand, string path, string operation, string argumentName)
        => operand.Value ?? throw FilterErrors.NullNotSupported($"{path}.{operation}", argumentName);

    private static IReadOnlyList<string?> RequiredList(FilterValue<IReadOnlyList<string?>?> operand, string path, string operation, string argumentName)
        => operand.Value ?? throw FilterErrors.NullNotSupported($"{path}.{operation}", argumentName);
}
