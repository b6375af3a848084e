namespace Gateway.Filtering;

/// <summary>
/// A filter field the client gave. A property of this type is <c>null</c> when the field was left out, and a
/// <see cref="FilterValue{T}"/> whose <see cref="Value"/> is <c>null</c> when the client wrote <c>null</c>:
/// the two differ (<c>eq: null</c> matches missing values; <c>contains: null</c> is refused).
/// </summary>
public sealed record FilterValue<T>(T Value);
