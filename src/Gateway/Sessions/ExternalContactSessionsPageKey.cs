namespace Gateway.Sessions;

/// <summary>One upstream page of an external contact's sessions: the contact, the page size and the upstream <c>after</c> token (null for the first page).</summary>
public sealed record ExternalContactSessionsPageKey(string ExternalContactId, int PageSize, string? After);
