using GraphQL.Types;

namespace Gateway.Sessions;

/// <summary>The Relay <c>PageInfo</c> type; any cursor connection of the gateway can use it.</summary>
public sealed class PageInfoGraphType : ObjectGraphType<PageInfo>
{
    public PageInfoGraphType()
    {
        Name = "PageInfo";
        Description = "Information about a page of a cursor connection.";
        Field(x => x.HasNextPage).Description("True when more items follow this page: pass `endCursor` as `after` to read them.");
        Field(x => x.HasPreviousPage).Description("True when items precede this page (the page was read with an `after` cursor).");
        Field(x => x.StartCursor, nullable: true).Description("The cursor of the first edge of the page; null when the page is empty.");
        Field(x => x.EndCursor, nullable: true).Description("The cursor of the last edge of the page; null when the page is empty.");
    }
}
