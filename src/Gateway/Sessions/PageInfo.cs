namespace Gateway.Sessions;

/// <summary>Where a page of a cursor connection sits in the whole list (Relay <c>PageInfo</c>).</summary>
public sealed record PageInfo(bool HasNextPage, bool HasPreviousPage, string? StartCursor, string? EndCursor);
