using System.Collections;
using Gateway.Filtering;

namespace Gateway.Filtering;

/// <summary>Reads the coerced argument dictionary of a filter or sort input, keeping "left out" apart from "null".</summary>
internal static class FilterInputValues
{
    /// <summary>The field as given, or <c>null</c> when the client left it out.</summary>
    public static FilterValue<T?>? Given<T>(IDictionary<string, object?> fields, string name)
        => fields.TryGetValue(name, out var value) ? new FilterValue<T?>(value is null ? default : (T)value) : null;

    /// <summary>A list field as given (items may be null), or <c>null</c> when left out.</summary>
    public static FilterValue<IReadOnlyList<T?>?>? GivenList<T>(IDictionary<string, object?> fields, string name)
        => fields.TryGetValue(name, out var value) ? new FilterValue<IReadOnlyList<T?>?>(ToList<T?>(value)) : null;

    /// <summary>A nested condition list; left out and <c>null</c> both mean "no condition", as in HotChocolate.</summary>
    public static IReadOnlyList<T>? Conditions<T>(IDictionary<string, object?> fields, string name)
        where T : class
        => fields.TryGetValue(name, out var value) ? ToList<T>(value) : null;

    private static IReadOnlyList<T>? ToList<T>(object? value) => value switch
    {
        null => null,
        IEnumerable items and not string => items.Cast<object?>().Select(item => item is null ? default! : (T)item).ToList(),
        _ => [(T)value],
    };
}
