using Gateway.Filtering;
using GraphQL.Types;

namespace Gateway.Filtering;

/// <summary>HotChocolate.Data's <c>SortEnumType</c> { ASC DESC }.</summary>
public sealed class SortEnumTypeGraphType : EnumerationGraphType<SortEnumType>
{
    public SortEnumTypeGraphType()
    {
        Name = "SortEnumType";
        Description = "A sort direction. Missing values come first in ascending order and last in descending order.";
    }
}
