using GenesysCloud.Models;

namespace Gateway.Sessions;

/// <summary>One page of a contact's journey sessions as a Relay connection.</summary>
public sealed record SessionConnection(IReadOnlyList<SessionEdge> Edges, PageInfo PageInfo)
{
    /// <summary>An empty page (no sessions, nothing before or after).</summary>
    public static SessionConnection Empty { get; } = new([], new PageInfo(false, false, null, null));

    /// <summary>The sessions of the edges, in order, for clients that do not need cursors.</summary>
    public IEnumerable<Session> Nodes => Edges.Select(edge => edge.Node);
}
