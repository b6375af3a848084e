namespace Gateway.Cobrowse;

/// <summary>One entry of <c>order</c>: the keys given in it, in the order they apply.</summary>
public sealed record SegmentSortInput(IReadOnlyList<SegmentSortKey> Keys)
{
    /// <summary>
    /// False when the entry names several keys and the order the client wrote them in is lost (it came through a
    /// variable: the engine hands over input objects in schema order). Such an entry is refused rather than guessed.
    /// </summary>
    public bool KeyOrderKnown { get; init; } = true;
}
