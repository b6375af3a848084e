namespace Gateway.Filtering;

/// <summary>A sort direction (HotChocolate's <c>SortEnumType</c>).</summary>
public enum SortEnumType
{
    Asc,
    Desc,
}
